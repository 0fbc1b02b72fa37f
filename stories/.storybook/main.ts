import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  // Docs pages are generated from custom-elements.json; the a11y panel runs axe on each story.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The build machines have no internet beyond the package registries: no telemetry, no news.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
