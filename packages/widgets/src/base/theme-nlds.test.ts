/**
 * A municipality's NL Design System theme reaches the widgets through themes/nl-design-system.css:
 * with a few basis tokens on a container, <wijk-trusted-info> takes the theme's green, its font,
 * its corner rounding and its spacing (and stays accessible); without them nothing changes; a
 * partner's own --wijk-* token on the element still wins; every public token is mapped or named
 * as left out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { WijkTrustedInfo } from '../trusted-info/trusted-info.ts';
import { $, $$ } from './testing/shadow.ts';
import '../trusted-info/define.ts';

const THEME_URL = new URL('../../themes/nl-design-system.css', import.meta.url).href;
const MANIFEST_URL = new URL('../../custom-elements.json', import.meta.url).href;
const NOW = new Date(2026, 10, 25);

/** A made-up municipality ("Gemeente Groenstad") in NLDS basis tokens; every pair is AA. */
const GROENSTAD = [
  '--basis-color-action-1-color-default: #1e6b3c', // 6.5:1 on white, 5.9:1 on the subtle green
  '--basis-color-default-bg-document: #ffffff',
  '--basis-color-default-bg-subtle: #eef5f0',
  '--basis-color-default-color-document: #1a2e22',
  '--basis-color-default-border-default: #4d5a52',
  '--basis-color-negative-color-default: #a4161a', // 7.8:1 behind white text
  '--basis-focus-outline-color: #7a3e00',
  '--basis-text-font-family-default: "Groenstad Sans", Verdana, sans-serif',
  '--basis-border-radius-md: 2px',
  '--basis-space-block-md: 12px',
].join('; ');

/** Tokens that the theme leaves out on purpose (explained at the top of the theme file). */
const LEFT_OUT = ['--wijk-font-size'];

let themeLink: HTMLLinkElement;

before(async () => {
  themeLink = document.createElement('link');
  themeLink.rel = 'stylesheet';
  themeLink.href = THEME_URL;
  const loaded = new Promise((resolve, reject) => {
    themeLink.addEventListener('load', resolve, { once: true });
    themeLink.addEventListener('error', () => reject(new Error(`could not load ${THEME_URL}`)), { once: true });
  });
  document.head.append(themeLink);
  await loaded;
});

after(() => themeLink.remove());

async function trustedIn(style: string, elementStyle = ''): Promise<WijkTrustedInfo> {
  const container = await fixture<HTMLDivElement>(html`<div style=${style}>
    <wijk-trusted-info lang="nl" topic="zelfmoordgedachten" style=${elementStyle} .now=${NOW}></wijk-trusted-info>
  </div>`);
  const element = container.querySelector<WijkTrustedInfo>('wijk-trusted-info')!;
  await element.updateComplete;
  return element;
}

const styleOf = (element: HTMLElement, selector: string) => getComputedStyle($(element, selector));
/** A plain link (a source's site), not one of the filled crisis buttons. */
const plainLink = (element: HTMLElement) => {
  const link = $$(element, 'a').find((a) => !a.matches('.crisis__call, .crisis__chat'));
  if (!link) throw new Error('no plain link in the widget');
  return getComputedStyle(link);
};

describe('themes/nl-design-system.css', () => {
  it('gives the widget the municipality’s colours, font, rounding and spacing from NLDS basis tokens', async () => {
    const element = await trustedIn(GROENSTAD);

    const call = styleOf(element, '.crisis__call');
    expect(call.backgroundColor, 'crisis call: negative colour').to.equal('rgb(164, 22, 26)');
    expect(call.borderTopLeftRadius, 'crisis call: basis radius').to.equal('2px');
    expect(styleOf(element, '.crisis').borderTopColor, 'crisis box border').to.equal('rgb(164, 22, 26)');
    expect(styleOf(element, '.crisis').marginBlockEnd, 'basis block space').to.equal('12px');

    const base = styleOf(element, '[part~="base"]');
    expect(base.fontFamily).to.equal('"Groenstad Sans", Verdana, sans-serif');
    expect(base.color, 'document text colour').to.equal('rgb(26, 46, 34)');

    expect(plainLink(element).color, 'links: action-1 colour').to.equal('rgb(30, 107, 60)');
    const pointer = styleOf(element, '.pointer');
    expect(pointer.backgroundColor, 'boxes: subtle background').to.equal('rgb(238, 245, 240)');
    expect(pointer.borderTopColor, 'boxes: default border').to.equal('rgb(77, 90, 82)');
    expect(pointer.borderTopLeftRadius).to.equal('2px');

    await expect(element).to.be.accessible();
  });

  it('takes the older Utrecht component tokens where a theme has no basis tokens', async () => {
    const element = await trustedIn(
      '--utrecht-link-color: #5a1f6b; --utrecht-document-font-family: Georgia, serif; --utrecht-button-border-radius: 0px',
    );
    expect(plainLink(element).color).to.equal('rgb(90, 31, 107)');
    expect(styleOf(element, '[part~="base"]').fontFamily).to.equal('Georgia, serif');
    expect(styleOf(element, '.crisis__call').borderTopLeftRadius).to.equal('0px');
  });

  it('keeps the widget’s own defaults on a page without NLDS tokens', async () => {
    const element = await trustedIn('font-family: Arial, sans-serif; color: rgb(0, 0, 0)');
    for (const token of ['--wijk-color-accent', '--wijk-color-danger', '--wijk-radius', '--wijk-font-family', '--wijk-space']) {
      expect(getComputedStyle(element).getPropertyValue(token), token).to.equal('');
    }
    const call = styleOf(element, '.crisis__call');
    expect(call.backgroundColor).to.equal('rgb(179, 38, 30)'); // #b3261e
    expect(call.borderTopLeftRadius).to.equal('8px'); // 0.5em at 16 px
    expect(plainLink(element).color).to.equal('rgb(11, 92, 173)'); // #0b5cad
    expect(styleOf(element, '.pointer').backgroundColor).to.equal('rgba(0, 0, 0, 0)'); // transparent
    expect(styleOf(element, '[part~="base"]').fontFamily).to.equal('Arial, sans-serif'); // the page's
  });

  it('lets a partner’s own --wijk-* token on the element win over the NLDS theme', async () => {
    const element = await trustedIn(GROENSTAD, '--wijk-radius: 0px');
    expect(styleOf(element, '.crisis__call').borderTopLeftRadius).to.equal('0px');
    expect(plainLink(element).color, 'the rest still follows the theme').to.equal('rgb(30, 107, 60)');
  });

  it('replaces a --wijk-* token set on an ancestor (as its header says): set yours on the element', async () => {
    const element = await trustedIn('--wijk-color-accent: #5a1f6b');
    expect(plainLink(element).color).to.equal('rgb(11, 92, 173)');
  });

  it('maps every public --wijk-* token the widgets document, except the ones it names as left out', async () => {
    const [css, manifest] = await Promise.all([
      fetch(THEME_URL).then((response) => response.text()),
      fetch(MANIFEST_URL).then((response) => response.json()),
    ]);
    const documented = new Set<string>();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const property of declaration.cssProperties ?? []) documented.add(property.name);
      }
    }
    const mapped = new Set([...css.matchAll(/^\s*(--wijk-[a-z-]+)\s*:/gm)].map((match) => match[1]));
    const expected = [...documented].filter((name) => !LEFT_OUT.includes(name)).sort();
    expect([...mapped].sort()).to.deep.equal(expected);
    for (const name of LEFT_OUT) expect(css, `${name} is explained`).to.contain(`\`${name}\``);
  });
});
