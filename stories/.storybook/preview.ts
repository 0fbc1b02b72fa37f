import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@wijkwijzer/widgets/custom-elements.json';

// Controls and argument tables come from the generated manifest: the API is written once, in JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
  },
};

export default preview;
