/**
 * The embed guide's configurator: a partner picks a widget, its options, a language and a colour,
 * sees it live and copies the snippet. Values become attributes via setAttribute, never markup.
 */
// The autoloader: the partner's page then downloads only the widget it shows and the shared code.
const WIDGET_SCRIPT = new URL('/widgets/loader.js', location.origin).href;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The fallback the page rendered for this widget, language and setting (a <template> per
 * combination; one without conditions when no other fits), ready to go inside the element:
 * links made absolute, since on the partner's site /leerhuis/… would point at the partner.
 */
function fallbackFor(tag: string, attributes: Map<string, string>): DocumentFragment | undefined {
  const language = attributes.get('lang') ?? document.documentElement.lang;
  const candidates = [...document.querySelectorAll<HTMLTemplateElement>(`template[data-fallback-for="${tag}"][data-lang="${language}"]`)];
  const fits = (template: HTMLTemplateElement) =>
    Object.entries(JSON.parse(template.dataset.when ?? '{}') as Record<string, string>).every(([name, value]) => (attributes.get(name) ?? '') === value);
  const template = candidates.find(fits);
  if (!template) return undefined;
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  for (const link of fragment.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) link.setAttribute('href', new URL(link.getAttribute('href')!, location.origin).href);
  // The learning house's own styling hooks (class, data-astro-cid-…) mean nothing on the partner's site.
  for (const element of fragment.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) if (name === 'class' || name.startsWith('data-')) element.removeAttribute(name);
  }
  return fragment;
}

/**
 * A learning module's file in the language the partner picked, where the module is written in it
 * (the form's `data-module-languages`); otherwise the one chosen. The widget's buttons follow
 * `lang`: without this, English buttons framed Dutch content.
 */
function moduleInLanguage(src: string, language: string | undefined, written: Record<string, string[]>): string {
  const match = /\/([^/]+)\.[a-z]{2}\.json$/.exec(src);
  return match && language && written[match[1]!]?.includes(language) ? src.replace(/\.[a-z]{2}\.json$/, `.${language}.json`) : src;
}

const BLOCKS = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4']);

/** Fallback markup for the snippet, a block per line, so a partner can read and edit it. */
function formatted(nodes: Iterable<Node>, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  for (const node of nodes) {
    if (node instanceof Element) {
      const hasBlocks = [...node.children].some((child) => BLOCKS.has(child.tagName));
      if (hasBlocks) {
        const shallow = node.cloneNode(false) as Element;
        const empty = shallow.outerHTML;
        const close = `</${node.localName}>`;
        lines.push(`${indent}${empty.slice(0, -close.length)}`, ...formatted(node.childNodes, depth + 1), `${indent}${close}`);
      } else {
        lines.push(`${indent}${node.outerHTML}`);
      }
    } else if (node.textContent?.trim()) {
      const holder = document.createElement('div');
      holder.append(node.cloneNode());
      lines.push(`${indent}${holder.innerHTML.trim()}`);
    }
  }
  return lines;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.configurator')) {
  const tag = form.dataset.tag!;
  const preview = form.parentElement!.querySelector<HTMLElement>('.preview')!;
  const snippet = form.parentElement!.querySelector<HTMLTextAreaElement>('.snippet')!;
  const copyButton = form.parentElement!.querySelector<HTMLButtonElement>('.copy')!;
  const copied = form.parentElement!.querySelector<HTMLElement>('.copied')!;
  /** Whether the preview runs yet: see the observer below. */
  let previewing = false;

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
    // The fallback is chosen by the option picked; the widget gets the module in the chosen language.
    const fallback = fallbackFor(tag, new Map(attributes));
    const written = form.dataset.moduleLanguages ? (JSON.parse(form.dataset.moduleLanguages) as Record<string, string[]>) : undefined;
    const language = attributes.find(([name]) => name === 'lang')?.[1];
    if (written) for (const attribute of attributes) if (attribute[0] === 'src') attribute[1] = moduleInLanguage(attribute[1], language, written);
    if (previewing) {
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      if (accent) element.style.setProperty('--wijk-color-accent', accent);
      // What the visitor sees until the widget runs, and when it never does: the crisis lines, a link, a message.
      if (fallback) element.append(fallback.cloneNode(true));
      preview.replaceChildren(element);
    }
    // On the partner's site a path like /data/… would point at the partner; the snippet names this site.
    const absolute = (value: string) => (value.startsWith('/') ? `${location.origin}${value}` : value);
    const attributeText = attributes.map(([name, value]) => (value ? ` ${name}="${escapeAttribute(absolute(value))}"` : ` ${name}`)).join('');
    // Hidden while the script loads (no flash before the widget replaces it), shown at once without JavaScript.
    const styleRules = [
      `@media (scripting: enabled) { ${tag}:not(:defined) { animation: wijk-await-upgrade 0s 3s backwards; } }`,
      '@keyframes wijk-await-upgrade { from { visibility: hidden; } }',
      ...(accent ? [`${tag} { --wijk-color-accent: ${accent}; }`] : []),
    ];
    const styleText = `\n<style>\n  ${styleRules.join('\n  ')}\n</style>`;
    const inner = fallback ? `\n${formatted(fallback.childNodes, 1).join('\n')}\n` : '';
    snippet.value = `<script type="module" src="${WIDGET_SCRIPT}"></script>${styleText}\n<${tag}${attributeText}>${inner}</${tag}>`;
    copied.textContent = '';
  };

  // A partner who changes a setting wants to see it.
  form.addEventListener('input', () => {
    previewing = true;
    update();
  });
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
  // A preview runs the whole widget (the finder reads a 120 kB feed, the practice search its
  // index): each starts when its box comes near the screen or its form is used, not all four
  // while the page loads, which kept a phone busy for a second (Lighthouse's total blocking time).
  new IntersectionObserver(
    (entries, observer) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      previewing = true;
      update();
    },
    { rootMargin: '25% 0px' },
  ).observe(preview);
}
