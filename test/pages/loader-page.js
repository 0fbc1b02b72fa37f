// A partner's page with the CDN's loader.js and the widgets named in the query string, each with
// built-in or served demo data. `classic=1` loads the loader as an old-style classic script.
const params = new URLSearchParams(location.search);
const SOURCES = {
  'initiative-finder': { src: '/packages/content/feeds/demo-initiatives.json' },
  'learning-module': { src: '/packages/content/modules/welkome-wijk.nl.json' },
  'trusted-info': { topic: 'eenzaamheid' },
};
const widgets = (params.get('widgets') ?? '').split(',').filter((name) => Object.hasOwn(SOURCES, name));
const elements = widgets.map((name) => {
  const element = document.createElement(`wijk-${name}`);
  for (const [attribute, value] of Object.entries(SOURCES[name])) element.setAttribute(attribute, value);
  document.querySelector('main').append(element);
  return element;
});
const script = document.createElement('script');
if (params.get('classic') !== '1') script.type = 'module';
// `bare=1`: the package's bare URL on a CDN, which serves the package's default file.
script.src = params.get('bare') === '1' ? '/test/npm-cdn/@wijkwijzer/widgets@0.1.0' : '/packages/widgets/dist/cdn/loader.js';
document.head.append(script);
for (const element of elements) {
  await customElements.whenDefined(element.localName);
  while (!element.matches(':state(ready), :state(empty), :state(error)')) await new Promise((resolve) => setTimeout(resolve, 20));
}
window.__probe.states = elements.map((element) => ['ready', 'empty', 'error'].find((state) => element.matches(`:state(${state})`)));
window.__probe.requested = performance
  .getEntriesByType('resource')
  .map((entry) => new URL(entry.name).pathname)
  .map((path) => path.replace(/^\/test\/npm-cdn\/@wijkwijzer\/widgets@[^/]+/, '/packages/widgets'))
  .filter((path) => path.startsWith('/packages/widgets/dist/cdn/'))
  .map((path) => path.slice('/packages/widgets/dist/cdn/'.length));
window.__probe.ready = true;
