/**
 * The embed guide's configurator: a partner picks a widget, its options, a language and a colour,
 * sees it live and copies the snippet. Values become attributes via setAttribute, never markup.
 */
const WIDGET_SCRIPT = new URL('/widgets/wijkwijzer.js', location.origin).href;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.configurator')) {
  const tag = form.dataset.tag!;
  const preview = form.parentElement!.querySelector<HTMLElement>('.preview')!;
  const snippet = form.parentElement!.querySelector<HTMLTextAreaElement>('.snippet')!;
  const copyButton = form.parentElement!.querySelector<HTMLButtonElement>('.copy')!;
  const copied = form.parentElement!.querySelector<HTMLElement>('.copied')!;

  const update = () => {
    const attributes: [string, string][] = [];
    let accent = '';
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
      const name = field.dataset.attribute!;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        if (field.checked) attributes.push([name, '']);
      } else if (name === 'style') {
        accent = field.value;
      } else if (field.value.trim()) {
        attributes.push([name, field.value.trim()]);
      }
    }
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    if (accent) element.style.setProperty('--wijk-color-accent', accent);
    preview.replaceChildren(element);
    // On the partner's site a path like /data/… would point at the partner; the snippet names this site.
    const absolute = (value: string) => (value.startsWith('/') ? `${location.origin}${value}` : value);
    const attributeText = attributes.map(([name, value]) => (value ? ` ${name}="${escapeAttribute(absolute(value))}"` : ` ${name}`)).join('');
    const styleText = accent ? `\n<style>${tag} { --wijk-color-accent: ${accent}; }</style>` : '';
    snippet.value = `<script type="module" src="${WIDGET_SCRIPT}"></script>${styleText}\n<${tag}${attributeText}></${tag}>`;
    copied.textContent = '';
  };

  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', async () => {
    snippet.select();
    try {
      await navigator.clipboard.writeText(snippet.value);
      copied.textContent = copyButton.dataset.done ?? '';
    } catch {
      copied.textContent = copyButton.dataset.manual ?? '';
    }
  });
  update();
}
