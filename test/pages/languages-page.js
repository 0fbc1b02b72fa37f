// Loads the widgets one after another in the order the query string gives, each shown in the
// page's language (`lang`) and settled before the next widget's code is even loaded: the order in
// which a partner's page (or a plugin) adds them.
const params = new URLSearchParams(location.search);
const language = params.get('lang') ?? 'nl';
const order = (params.get('order') ?? '').split(',').filter(Boolean);
// `each`: every widget settles before the next one's code loads; `end`: the next one's code
// arrives while the first is still loading its language (the case that left one in Dutch).
const settleEach = params.get('settle') !== 'end';
const SOURCES = {
  'initiative-finder': { src: '/packages/content/feeds/demo-initiatives.json' },
  'learning-module': { src: '/packages/content/modules/welkome-wijk.nl.json' },
  'trusted-info': { topic: 'eenzaamheid' },
  'practice-search': { index: params.get('index') ?? '' },
};
document.documentElement.lang = language;
for (const widget of order) {
  if (!settleEach) await new Promise((resolve) => setTimeout(resolve));
  if (!Object.hasOwn(SOURCES, widget)) throw new Error(`unknown widget ${widget}`);
  await import(`/packages/widgets/src/${widget}/define.ts`);
  const element = document.createElement(`wijk-${widget}`);
  for (const [name, value] of Object.entries(SOURCES[widget])) if (value) element.setAttribute(name, value);
  document.querySelector('main').append(element);
  if (settleEach) await settled(element);
}
for (const element of document.querySelectorAll('main > [lang], main > *[class], main > :not(h1)')) await settled(element);

async function settled(element) {
  while (!element.matches(':state(ready), :state(empty), :state(error)')) await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
}
window.__probe.ready = true;
