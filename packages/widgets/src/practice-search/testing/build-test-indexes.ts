/**
 * Builds the small, real Pagefind indexes the browser tests search (see `indexes.ts`), with the
 * Pagefind version and Node API the learning house builds its own index with. Run before the
 * browser tests: `node packages/widgets/src/practice-search/testing/build-test-indexes.ts`, or
 * let the test runner do it through `practiceSearchTestIndexes()`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEST_INDEXES, TEST_INDEX_FOLDER } from './indexes.ts';

const ROOT = join(import.meta.dirname, '../../../../..');
const OUT = join(ROOT, TEST_INDEX_FOLDER);

interface CustomRecord {
  url: string;
  content: string;
  language: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}
interface PagefindNodeApi {
  createIndex(config?: Record<string, unknown>): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<unknown>;
}
interface PagefindIndex {
  addCustomRecord(record: CustomRecord): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/** The principles as their owners name them, numbered as the site's filter shows them. */
const principleTitles = (JSON.parse(readFileSync(join(ROOT, 'packages/content/principles/nl.json'), 'utf8')) as { number: number; title: string }[]).map(
  (principle) => `${principle.number}. ${principle.title}`,
);
const principles = (...numbers: number[]) => numbers.map((number) => principleTitles[number - 1]!);

/**
 * A practice as the learning house's page gives it to Pagefind: the heading and a facts line
 * ("Plaats: place (region).") start the indexed text, as in `goede-voorbeelden/[slug].astro`.
 */
function practice(url: string, title: string, [place, region]: [string, string], content: string, filters: Record<string, string[]>): CustomRecord {
  return { url, content: `${title}. Plaats: ${place} (${region}). ${content}`, language: 'nl', meta: { title }, filters: { ...filters, plaats: [place] }, sort: { title } };
}

/** Filter names as the learning house's Dutch pages give them; "Wonen" is a topic and a domain, as on the site. */
const PRACTICES: CustomRecord[] = [
  practice('/goede-voorbeelden/buurtkamer-selwerd/', 'Buurtkamer Selwerd', ['Groningen (Selwerd)', 'Groningen'], 'Bewoners beheren zelf een buurtkamer. Wie eenzaam is, vindt er koffie en een praatje.', {
    principe: principles(1, 3),
    onderwerp: ['eenzaamheid', 'Wonen'],
    domein: ['Wonen', 'Welzijn'],
    doelgroep: ['ouderen'],
  }),
  practice('/goede-voorbeelden/samen-wandelen/', 'Samen wandelen in Ruwaard', ['Oss', 'Noord-Brabant'], 'Elke dinsdag wandelen buren samen. Zo bewegen ze meer en zijn ze minder eenzaam.', {
    principe: principles(1, 7),
    onderwerp: ['bewegen', 'eenzaamheid'],
    domein: ['Welzijn'],
    doelgroep: ['iedereen'],
  }),
  practice('/goede-voorbeelden/keukentafel/', 'Geldzorgen aan de keukentafel', ['Rotterdam', 'Zuid-Holland'], 'Een schuldhulpmaatje komt thuis langs en kijkt samen naar de post.', {
    principe: principles(2, 5),
    onderwerp: ['geldzaken'],
    domein: ['Welzijn'],
    doelgroep: ['gezinnen'],
  }),
  practice('/goede-voorbeelden/taalcafe/', 'Taalcafé Kanaleneiland', ['Utrecht', 'Utrecht'], 'Nieuwe Nederlanders oefenen Nederlands met vrijwilligers uit de wijk.', {
    principe: principles(4, 7),
    onderwerp: ['taal', 'ontmoeten'],
    domein: ['Welzijn'],
    doelgroep: ['nieuwkomers'],
  }),
  practice('/goede-voorbeelden/wijkteam-markt/', 'Wijkteam op de markt', ['Arnhem', 'Gelderland'], 'Het wijkteam staat op zaterdag op de markt, zodat bewoners vragen stellen voor het te laat is.', {
    principe: principles(3, 6),
    onderwerp: ['preventie'],
    domein: ['Zorg', 'Welzijn'],
    doelgroep: ['iedereen'],
  }),
];

const OTHER: CustomRecord[] = [
  practice('/goede-voorbeelden/moestuin-lombok/', 'Moestuin Lombok', ['Utrecht', 'Utrecht'], 'Buren kweken samen groente op een braakliggend stuk grond.', { principe: principles(1), onderwerp: ['ontmoeten'] }),
  practice('/goede-voorbeelden/repair-cafe/', 'Repair Café Paddepoel', ['Groningen', 'Groningen'], 'Vrijwilligers repareren spullen, bewoners leren het zelf.', { principe: principles(4), onderwerp: ['ontmoeten'] }),
];

/** What an index built from careless or hostile pages can hold. */
const HOSTILE: CustomRecord[] = [
  {
    url: '/goede-voorbeelden/veilig/',
    content: 'Veilig voorbeeld over ontmoeten in de wijk.',
    language: 'nl',
    meta: { title: '<img src=x onerror="window.__practiceHacked=1">Veilig voorbeeld' },
    // A computed key: `__proto__: […]` in a literal would set the prototype, not a filter.
    filters: { ['__proto__']: ['proto-waarde'], constructor: ['constructor-waarde'], zoek: ['zoek-waarde'], principe: principles(1) },
    sort: { title: 'a' },
  },
  { url: 'http://[::1', content: 'Kapotte link over ontmoeten.', language: 'nl', meta: { title: 'Kapotte link' }, filters: { principe: principles(2) }, sort: { title: 'b' } },
  { url: 'javascript:alert(1)', content: 'Scriptlink over ontmoeten.', language: 'nl', meta: { title: 'Scriptlink' }, filters: { principe: principles(3) }, sort: { title: 'c' } },
];

async function writeIndex(pagefind: PagefindNodeApi, folder: string, records: CustomRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(ROOT, folder) });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
}

export async function buildTestIndexes(): Promise<void> {
  // The site's own Pagefind (the version that builds the learning house's index); its package
  // exports only an `import` condition, which createRequire cannot resolve.
  const pagefind = (await import(pathToFileURL(join(ROOT, 'site/node_modules/pagefind/lib/index.js')).href)) as PagefindNodeApi;
  rmSync(OUT, { recursive: true, force: true });
  try {
    await writeIndex(pagefind, TEST_INDEXES.practices, PRACTICES);
    await writeIndex(pagefind, TEST_INDEXES.other, OTHER);
    await writeIndex(pagefind, TEST_INDEXES.hostile, HOSTILE);
    await writeIndex(pagefind, TEST_INDEXES.empty, []);
  } finally {
    await pagefind.close();
  }
  // A real index whose script arrives only after 30 s: its entry file is here, its pagefind.js
  // passes the practices index's through the test server's `/test/slow/` route.
  const stalled = join(ROOT, TEST_INDEXES.stalled);
  mkdirSync(stalled, { recursive: true });
  writeFileSync(join(stalled, 'pagefind-entry.json'), readFileSync(join(ROOT, TEST_INDEXES.practices, 'pagefind-entry.json')));
  writeFileSync(join(stalled, 'pagefind.js'), `export * from '/test/slow/30000${TEST_INDEXES.practices}pagefind.js';\n`);
}

/** For web-test-runner's `plugins`: builds the indexes once when the test server starts. */
export function practiceSearchTestIndexes(): { name: string; serverStart(): Promise<void> } {
  return { name: 'practice-search-test-indexes', serverStart: buildTestIndexes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTestIndexes();
