/**
 * The CDN's autoloader (`loader.js`): one small script that loads a widget's code the first time
 * its tag appears in the page, so a page with one widget downloads that widget and the shared
 * chunk only. Written without `import`/`export` and `import.meta`, so that it also works from an
 * older classic `<script src>` (WordPress enqueue code), where it says how to load it properly.
 */
const WIDGETS = ['initiative-finder', 'learning-module', 'trusted-info', 'practice-search'];

/**
 * A bare package URL on a CDN (`https://cdn.jsdelivr.net/npm/@wijkwijzer/widgets@1`, unpkg alike)
 * serves this file as the package's default (`unpkg`/`jsdelivr` in package.json); the widgets
 * are then in its `dist/cdn/` folder.
 */
const BARE_PACKAGE = /\/@wijkwijzer\/widgets(?:@[^/?#]*)?\/?(?:[?#]|$)/;
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((element) => /\/loader\.js(?:[?#]|$)/.test(element.src) || BARE_PACKAGE.test(element.src));
const base =
  script && BARE_PACKAGE.test(script.src)
    ? new URL(`${script.src.replace(/[?#].*$/, '').replace(/\/?$/, '/')}dist/cdn/`)
    : new URL('.', script?.src ?? location.href);
if (document.currentScript) {
  console.info('wijkwijzer: loader.js works best as <script type="module" src="…/loader.js">; it loads the widgets as modules either way.');
}

const requested = new Set<string>();

function load(root: ParentNode): void {
  for (const name of WIDGETS) {
    const tag = `wijk-${name}`;
    if (requested.has(name) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(name);
    import(new URL(`${name}.js`, base).href).catch((error: unknown) => {
      requested.delete(name);
      console.error(`wijkwijzer: <${tag}> could not be loaded from ${base.href}`, error);
    });
  }
}

load(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) load(node.parentNode ?? node);
}).observe(document.documentElement, { childList: true, subtree: true });
