/**
 * Each widget loads its own language, whatever else is on the page and whatever order the
 * widgets arrive in: a widget added after others already speak English or Arabic must speak it
 * too, never Dutch (seen: trusted info stayed Dutch on an Arabic page when the finder came first).
 * The check walks each widget's rendered text against its Dutch catalogue.
 */
import { expect, waitUntil } from '@open-wc/testing';
import commonNl from '../../packages/widgets/src/base/locales/nl.ts';
import commonEn from '../../packages/widgets/src/base/locales/en.ts';
import commonAr from '../../packages/widgets/src/base/locales/ar.ts';
import finderNl from '../../packages/widgets/src/initiative-finder/locales/nl.ts';
import finderEn from '../../packages/widgets/src/initiative-finder/locales/en.ts';
import finderAr from '../../packages/widgets/src/initiative-finder/locales/ar.ts';
import learningNl from '../../packages/widgets/src/learning-module/locales/nl.ts';
import learningEn from '../../packages/widgets/src/learning-module/locales/en.ts';
import learningAr from '../../packages/widgets/src/learning-module/locales/ar.ts';
import trustedNl from '../../packages/widgets/src/trusted-info/locales/nl.ts';
import trustedEn from '../../packages/widgets/src/trusted-info/locales/en.ts';
import trustedAr from '../../packages/widgets/src/trusted-info/locales/ar.ts';
import practicesNl from '../../packages/widgets/src/practice-search/locales/nl.ts';
import practicesEn from '../../packages/widgets/src/practice-search/locales/en.ts';
import practicesAr from '../../packages/widgets/src/practice-search/locales/ar.ts';
import { TEST_INDEXES } from '../../packages/widgets/src/practice-search/testing/indexes.ts';

type Catalogue = Record<string, unknown>;
const CATALOGUES: Record<string, Record<'nl' | 'en' | 'ar', Catalogue>> = {
  'initiative-finder': { nl: finderNl, en: finderEn, ar: finderAr },
  'learning-module': { nl: learningNl, en: learningEn, ar: learningAr },
  'trusted-info': { nl: trustedNl, en: trustedEn, ar: trustedAr },
  'practice-search': { nl: practicesNl, en: practicesEn, ar: practicesAr },
};
const COMMON = { nl: commonNl, en: commonEn, ar: commonAr };
const WIDGETS = Object.keys(CATALOGUES);

function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (value && typeof value === 'object') for (const [nested, text] of leaves(value as Catalogue, `${prefix}${key}.`)) found.set(nested, text);
    else if (typeof value === 'string') found.set(`${prefix}${key}`, value);
  }
  return found;
}

/** Pieces of Dutch UI text (between placeholders) that the other language says differently. */
function dutchOnlyPieces(dutch: Catalogue, other: Catalogue): string[] {
  const otherLeaves = leaves(other);
  const pieces = new Set<string>();
  for (const [key, text] of leaves(dutch)) {
    const translated = otherLeaves.get(key) ?? otherLeaves.get(key.replace(/_(one|other)$/, '_other'));
    if (translated === text) continue;
    for (const piece of text.split(/\{\{[^}]+\}\}/)) if (piece.trim().length >= 12) pieces.add(piece.trim());
  }
  return [...pieces];
}

const ORDERS = WIDGETS.flatMap((_, shift) => {
  const rotated = [...WIDGETS.slice(shift), ...WIDGETS.slice(0, shift)];
  return [rotated, [...rotated].reverse()];
});

describe('every widget speaks its own language, in any order on one page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const language of ['en', 'ar'] as const) {
    for (const [index, order] of ORDERS.entries()) {
      for (const settle of ['each', 'end']) {
      it(`${language}: ${order.join(' → ')}${settle === 'end' ? ', each arriving while the others still load' : ''}`, async function () {
        this.timeout(20_000);
        const frame = document.createElement('iframe');
        frame.title = 'languages';
        frame.src = `/test/pages/languages.html?lang=${language}&order=${order.join(',')}&settle=${settle}&index=${encodeURIComponent(TEST_INDEXES.practices)}`;
        document.body.append(frame);
        type Probe = { ready?: boolean; errors: string[] };
        const probe = () => (frame.contentWindow as (Window & { __probe?: Probe }) | null)?.__probe;
        await waitUntil(() => probe()?.ready || (probe()?.errors.length ?? 0) > 0, 'the page did not finish', { timeout: 15_000 });
        expect(probe()!.errors).to.deep.equal([]);
        for (const widget of order) {
          const element = frame.contentDocument!.querySelector(`wijk-${widget}`)!;
          const base = element.shadowRoot!.querySelector('[part~="base"]')!;
          expect(base.getAttribute('lang'), widget).to.equal(language);
          const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
          const dutch = [...dutchOnlyPieces(CATALOGUES[widget]![`nl`], CATALOGUES[widget]![language]), ...dutchOnlyPieces(COMMON.nl, COMMON[language])];
          const shown = dutch.filter((piece) => text.includes(piece));
          expect(shown, `${widget} shows Dutch UI text on a ${language} page`).to.deep.equal([]);
        }
      });
      }
      void index;
    }
  }
});
