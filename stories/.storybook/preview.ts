import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { Controls, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
import manifest from '@wijkwijzer/widgets/custom-elements.json';

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

/**
 * Only what a partner can set becomes a control: private and protected members, static fields
 * (`kitVersion`) and read-only getters (`language`, `textDirection`) stay out, even if a future
 * manifest lists them again.
 */
function isSettable(member: Member): boolean {
  if (member.kind !== 'field') return true;
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name?.startsWith('#') || member.name?.startsWith('_')) return false;
  return !member.static && !member.readonly;
}

const publicManifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations ?? []).map((declaration) => {
      if (!('tagName' in declaration)) return declaration;
      const { members, cssParts } = declaration as { members?: Member[]; cssParts?: { name: string }[] };
      return {
        ...declaration,
        ...(members && { members: members.filter(isSettable) }),
        // Storybook keys every row by name: a part named like an attribute (`topic` on
        // <wijk-trusted-info>) would replace the attribute's control. Parts read as CSS does.
        ...(cssParts && { cssParts: cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }),
      };
    }),
  })),
};

// Controls, argument tables and docs pages come from the generated manifest: the API is written once, in JSDoc.
setCustomElementsManifest(publicManifest);

/**
 * A docs page shows the component once, with its description and every documented attribute,
 * property, event, part and custom property. The other stories stay in the sidebar: several
 * copies of one widget on a page would repeat its landmarks under the same name.
 */
const DocsPage = () =>
  createElement(Fragment, null, createElement(Title), createElement(Subtitle), createElement(Description), createElement(Primary), createElement(Controls));

const preview: Preview = {
  // Every story file gets a docs page built from the manifest.
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: { page: DocsPage },
    // Axe in the a11y panel, with violations counted as failures as the e2e crawl counts them.
    a11y: { test: 'error' },
  },
  // The panel scans each story automatically inside the Storybook UI. A story opened on its own
  // (the e2e crawl opens iframe.html directly and runs its own axe) is not scanned a second time.
  initialGlobals: { a11y: { manual: typeof window !== 'undefined' && window.top === window } },
};

export default preview;
