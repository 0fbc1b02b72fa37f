/**
 * Facts in the content that come from the seed texts and must not drift: the official names of
 * the 7 principles, the years shown on practices, and where source links lead.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..');
/** The seed texts live beside the repository; set WIJKWIJZER_SEEDS to check against them elsewhere. */
const SEEDS = process.env['WIJKWIJZER_SEEDS'] ?? join(CONTENT, '..', '..', '..', 'shared', 'seeds');

interface Source {
  title: string;
  url?: string;
}
interface Practice {
  id: string;
  year?: number;
  sources: Source[];
}
interface Principle {
  number: number;
  title: string;
  official_name?: string;
  official_heading?: string;
}

const read = <T>(...path: string[]): T => JSON.parse(readFileSync(join(CONTENT, ...path), 'utf8')) as T;
const LANGUAGES = ['nl', 'en'] as const;
const practices = LANGUAGES.flatMap((language) =>
  readdirSync(join(CONTENT, 'practices', language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file: `practices/${language}/${file}`, practice: read<Practice>('practices', language, file) })),
);

/** As the coalition published them (seed 002_59724c6c5109cc50.txt, lines 19-25). */
const OFFICIAL_NAMES = [
  'De bewoners in de wijk centraal',
  'Gedeelde urgentie en lange adem',
  'Gezamenlijke visie en verantwoordelijkheid',
  'Elkaar begrijpen en vertrouwen',
  'Uitvoering bepaalt, bestuur faciliteert',
  'Leren op alle niveaus',
  'Klein beginnen, groot denken',
];
/** Principle 1's section heading in the same text (line 27); the others use the name as heading. */
const OFFICIAL_HEADING_1 = 'De bewoners centraal op basis van gelijkwaardigheid';

describe('the 7 principles carry their official names', () => {
  const nl = read<Principle[]>('principles', 'nl.json');
  const en = read<Principle[]>('principles', 'en.json');

  it('Dutch: the title is the official name, in order', () => {
    assert.deepEqual(
      nl.map((principle) => principle.title),
      OFFICIAL_NAMES,
    );
  });

  for (const [language, list] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`${language}: every principle keeps the official Dutch name and principle 1 its full heading`, () => {
      assert.deepEqual(
        list.map((principle) => principle.official_name),
        OFFICIAL_NAMES,
      );
      assert.deepEqual(
        list.map((principle) => principle.official_heading),
        [OFFICIAL_HEADING_1, undefined, undefined, undefined, undefined, undefined, undefined],
      );
    });
  }

  it('the module on the principles names each lesson as the principles do', () => {
    for (const [language, list, word] of [
      ['nl', nl, 'Principe'],
      ['en', en, 'Principle'],
    ] as const) {
      const lessons = read<{ lessons: { title: string }[] }>('modules', `zeven-principes.${language}.json`).lessons.map((lesson) => lesson.title);
      assert.deepEqual(
        lessons.filter((title) => title.startsWith(`${word} `)),
        list.map((principle) => `${word} ${principle.number}: ${principle.title}`),
        language,
      );
    }
  });

  it('English: the title is a translation beside the Dutch name, not the Dutch name itself', () => {
    for (const principle of en) assert.notEqual(principle.title, principle.official_name, `principle ${principle.number}`);
  });

  it('the names are the ones in the seed text, where the seed texts are at hand', { skip: !existsSync(SEEDS) && 'seed texts not found' }, () => {
    const lines = readFileSync(join(SEEDS, '002_59724c6c5109cc50.txt'), 'utf8').split('\n');
    OFFICIAL_NAMES.forEach((name, index) => assert.equal(lines[18 + index]?.trim(), `${index + 1}. ${name}`));
    assert.equal(lines[26]?.trim(), `1. ${OFFICIAL_HEADING_1}`);
  });
});

/**
 * A year a source gives, where the source's title does not say it: the seed it comes from, the line,
 * and the words on that line. A practice may show a year only if its own source titles contain it
 * or it is listed here.
 */
const YEARS_FROM_SEEDS: Record<string, { year: number; seed: string; line: number; words: string }> = {
  'proeftuin-ruwaard': { year: 2016, seed: '002_59724c6c5109cc50.txt', line: 45, words: 'Wat in 2016 begon als experiment in één wijk' },
};

describe('a practice shows a year only where a source gives it', () => {
  for (const { file, practice } of practices) {
    it(file, () => {
      if (practice.year === undefined) return;
      const inTitles = practice.sources.some((source) => source.title.includes(String(practice.year)));
      const fromSeed = YEARS_FROM_SEEDS[practice.id];
      assert.ok(
        inTitles || fromSeed?.year === practice.year,
        `${practice.id} shows ${practice.year}, which none of its sources gives (name it in a source title, or list the seed line in YEARS_FROM_SEEDS)`,
      );
    });
  }

  it('every year listed from a seed is in the words quoted, and those words are on that seed line', () => {
    for (const [id, { year, seed, line, words }] of Object.entries(YEARS_FROM_SEEDS)) {
      assert.ok(words.includes(String(year)), id);
      if (!existsSync(SEEDS)) continue;
      const text = readFileSync(join(SEEDS, seed), 'utf8').split('\n')[line - 1] ?? '';
      assert.ok(text.includes(words), `${id}: ${seed}:${line} does not say "${words}"`);
    }
  });

  it('the seed-listed years are the ones the practices show', () => {
    for (const [id, { year }] of Object.entries(YEARS_FROM_SEEDS)) {
      for (const { file, practice } of practices.filter((entry) => entry.practice.id === id)) assert.equal(practice.year, year, file);
    }
  });
});

/** A site's front page, also a language root such as /en/ or /nl-nl/. */
function isHomepage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return search === '' && /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?$/i.test(pathname);
}

/**
 * The seed documents, as source titles name them, and the only public pages that are that document.
 * A source that names one of them links to one of these pages or to nothing.
 */
const SEED_DOCUMENTS: { seed: string; title: RegExp; pages: string[] }[] = [
  { seed: '000 essay on Helsinki', title: /Dansen naar verbinding|Dancing towards connection/i, pages: [] },
  { seed: '001 ActiZ Jeugd meeting', title: /ActiZ Jeugd/i, pages: [] },
  {
    seed: '002 seven principles',
    title: /7 leidende principes|seven guiding principles/i,
    pages: ['https://www.sociaalwerknederland.nl/actueel/nieuws/12651-succesvolle-samenwerking-voor-prettige-wijken-met-de-7-leidende-principes'],
  },
  { seed: '003 festival blog', title: /Hartsvrienden voor één dag|Best friends for one day/i, pages: [] },
  { seed: '004 workshop notes', title: /#samengezondvooruit/i, pages: [] },
];

describe('a source link leads to what its title names', () => {
  it('recognises a homepage', () => {
    assert.equal(isHomepage('https://www.ergotherapie.nl/'), true);
    assert.equal(isHomepage('https://ysaatio.fi/en/'), true);
    assert.equal(isHomepage('https://www.hdl.fi'), true);
    assert.equal(isHomepage('https://www.movisie.nl/artikel/welkome-wijk-wat-nodig'), false);
  });

  for (const { file, practice } of practices) {
    it(`${file}: no source names a document and links to a homepage or another page`, () => {
      for (const source of practice.sources) {
        if (source.url === undefined) continue;
        assert.ok(!isHomepage(source.url), `"${source.title}" links to the homepage ${source.url}`);
        for (const document of SEED_DOCUMENTS.filter((candidate) => candidate.title.test(source.title))) {
          assert.ok(document.pages.includes(source.url), `"${source.title}" is seed ${document.seed}, but links to ${source.url}`);
        }
      }
    });
  }
});
