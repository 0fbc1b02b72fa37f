import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The build machines have no internet beyond the package registries: no telemetry, no news.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
