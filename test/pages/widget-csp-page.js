// Loads one widget's own CDN file and shows it with the attributes in this page's query string
// (`file`, `tag`, then any attribute), as a partner's page would under a strict policy.
const params = new URLSearchParams(location.search);
const file = params.get('file');
const tag = params.get('tag');
if (!/^[a-z-]+\.js$/.test(file ?? '') || !/^wijk-[a-z-]+$/.test(tag ?? '')) throw new Error('file and tag are required');
await import(`/packages/widgets/dist/cdn/${file}`);
const element = document.createElement(tag);
for (const [name, value] of params) if (name !== 'file' && name !== 'tag') element.setAttribute(name, value);
document.querySelector('main').append(element);
await customElements.whenDefined(tag);
const settled = () => element.matches(':state(ready), :state(empty), :state(error)');
while (!settled()) await new Promise((resolve) => setTimeout(resolve, 20));
await element.updateComplete;
window.__probe.state = ['ready', 'empty', 'error'].find((state) => element.matches(`:state(${state})`));
window.__probe.text = element.shadowRoot.textContent;
window.__probe.ready = true;
