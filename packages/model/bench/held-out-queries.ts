/**
 * A held-out query set for measuring recall, over the demo feed
 * (packages/content/feeds/demo-initiatives.json, 67 initiatives). The relevant ids were chosen by
 * hand from reading each record: what a resident who types this would want to find, not what a
 * given engine happens to match. A few queries are hard for every engine on purpose (Dutch
 * compounds such as "cafe" → "Taalcafé", natural phrases with "bij", a synonym): they show where
 * all of them lose. Nothing here is tuned to any engine; do not "fix" an entry to make a number go up.
 * Inactive records (the stopped computer course) are never relevant: the finder hides them.
 *
 * Kinds: `word` a whole word as it is written, `prefix` a word half typed, `typo` a misspelling,
 * `accent` accents left out or added, `words` several words (an initiative should match all),
 * `compound` the last part of Dutch compounds ("tuin" for Buurttuin and Moestuin), `synonym` a
 * word residents use that the records do not ("schulden" for help with money).
 */
export type QueryKind = 'word' | 'prefix' | 'typo' | 'accent' | 'words' | 'compound' | 'synonym';

export interface HeldOutQuery {
  query: string;
  kind: QueryKind;
  /** Ids of the demo initiatives a resident would want to see for this query. */
  relevant: string[];
}

const KOFFIE = [
  'pinksterbloem-inloop',
  'pinksterbloem-zondagmiddag',
  'wandelgroep-stappen-in-selwerd',
  'ouderkamer-de-driesprong',
  'klaproos-huiskamer',
  'kansrijke-start-ruwaard',
  'ouder-en-kindochtend-de-vlieger',
  'zondagochtendwandeling-ruwaard',
  'huiskamer-de-boomgaard',
  'repair-cafe-beverwaard',
];
const WANDELEN = ['wandelgroep-stappen-in-selwerd', 'zondagochtendwandeling-ruwaard', 'welzijn-op-recept-de-kreek'];
const TAALCAFE = ['taalcafe-selwerd', 'taalcafe-vrouwen-beverwaard'];
const MANTELZORG = [
  'mantelzorgcafe-selwerd',
  'mantelzorgconsulent-noord',
  'mantelzorgcafe-ruwaard',
  'mantelzorglunch-beverwaard',
  'praat-vandaag-over-morgen-ruwaard',
  'praat-vandaag-over-morgen-selwerd',
  'praat-vandaag-over-morgen-de-kreek',
];
const HUISWERK = ['huiswerkklas-de-driesprong', 'leren-met-de-crew', 'huiswerkclub-de-waterlelie'];
const REPAIR = ['repair-cafe-selwerd', 'repair-cafe-beverwaard'];
const JONGEREN = [
  'huiswerkklas-de-driesprong',
  'jongerenhonk-selwerd',
  'crew-ruwaard',
  'leren-met-de-crew',
  'sportmiddag-beverwaard',
  'the-spot-open-avonden',
  'meidenclub-the-spot',
];
const EENZAAMHEID = [
  'pinksterbloem-inloop',
  'pinksterbloem-buurtmaaltijd',
  'pinksterbloem-zondagmiddag',
  'welzijn-op-recept-selwerd',
  'gesprekskring-levensvragen-selwerd',
  'klaproos-huiskamer',
  'zondagochtendwandeling-ruwaard',
  'huiskamer-de-boomgaard',
  'wijkaanjagers-inloop-beverwaard',
  'welzijn-op-recept-de-kreek',
  'zondagmiddag-de-bron',
];
const SPREEKUUR = ['wijkaanjager-spreekuur-selwerd', 'papierwerk-spreekuur-ruwaard', 'woonspreekuur-vier-linden', 'wijkpunt-ruwaard-inloop'];
const MAALTIJD = ['pinksterbloem-buurtmaaltijd', 'klaproos-eetclub', 'kookclub-kinderen-fit-en-fijn'];
const KANSRIJKE_START = ['kansrijke-start-inloop-selwerd', 'kansrijke-start-ruwaard', 'zwangerschapscafe-beverwaard'];
const ALL_CAFES = [
  'repair-cafe-selwerd',
  'repair-cafe-beverwaard',
  'taalcafe-selwerd',
  'taalcafe-vrouwen-beverwaard',
  'mantelzorgcafe-selwerd',
  'mantelzorgcafe-ruwaard',
  'klaproos-naaicafe',
  'geldcafe-ruwaard',
  'herstelcafe-ruwaard',
  'digicafe-ruwaard',
  'werkcafe-beverwaard',
  'zwangerschapscafe-beverwaard',
];

/** Help for residents who cannot make ends meet: money, papers, bills, rent arrears, food parcels. */
const MONEY_TROUBLE = [
  'geldcafe-ruwaard',
  'papierwerk-spreekuur-ruwaard',
  'papierenhulp-beverwaard',
  'thuisadministratie-selwerd',
  'wijkpunt-ruwaard-inloop',
  'woonspreekuur-vier-linden',
  'voedselpakket-groningen-noord',
  'uitgifte-voedselpakketten-beverwaard',
];
const VOEDSELPAKKET = ['voedselpakket-groningen-noord', 'uitgifte-voedselpakketten-beverwaard'];

export const HELD_OUT_QUERIES: readonly HeldOutQuery[] = [
  // Whole words.
  { query: 'koffie', kind: 'word', relevant: KOFFIE },
  { query: 'wandelen', kind: 'word', relevant: WANDELEN },
  { query: 'mantelzorg', kind: 'word', relevant: MANTELZORG },
  { query: 'huiswerk', kind: 'word', relevant: HUISWERK },
  { query: 'voedselpakket', kind: 'word', relevant: ['voedselpakket-groningen-noord', 'uitgifte-voedselpakketten-beverwaard'] },
  // A vegetable garden is also what the community garden offers: no engine here knows that.
  { query: 'moestuin', kind: 'word', relevant: ['moestuin-de-boomgaard', 'buurttuin-de-groene-vinger'] },
  { query: 'eenzaam', kind: 'word', relevant: EENZAAMHEID },
  { query: 'rouw', kind: 'word', relevant: ['gespreksgroep-verlies-en-verder', 'gesprekskring-levensvragen-selwerd'] },
  { query: 'yoga', kind: 'word', relevant: ['stoelyoga-beverwaard'] },
  { query: 'fiets', kind: 'word', relevant: REPAIR },
  { query: 'DigiD', kind: 'word', relevant: ['digicafe-ruwaard'] },
  { query: 'sollicitatie', kind: 'word', relevant: ['werkcafe-beverwaard', 'crew-ruwaard'] },
  { query: 'laptop', kind: 'word', relevant: ['digicafe-ruwaard'] },
  // Typing, part of a word.
  { query: 'wand', kind: 'prefix', relevant: WANDELEN },
  { query: 'mantelz', kind: 'prefix', relevant: MANTELZORG },
  { query: 'taalc', kind: 'prefix', relevant: TAALCAFE },
  { query: 'huisw', kind: 'prefix', relevant: HUISWERK },
  { query: 'repa', kind: 'prefix', relevant: REPAIR },
  { query: 'jonger', kind: 'prefix', relevant: JONGEREN },
  { query: 'eenz', kind: 'prefix', relevant: EENZAAMHEID },
  { query: 'stoel', kind: 'prefix', relevant: ['stoelyoga-beverwaard', 'gym-65-plus-lindenhof'] },
  { query: 'zwanger', kind: 'prefix', relevant: KANSRIJKE_START },
  // Misspellings.
  { query: 'kofie', kind: 'typo', relevant: KOFFIE },
  { query: 'wandelgreop', kind: 'typo', relevant: ['wandelgroep-stappen-in-selwerd', 'zondagochtendwandeling-ruwaard'] },
  { query: 'mantelzrog', kind: 'typo', relevant: MANTELZORG },
  { query: 'huiswrek', kind: 'typo', relevant: HUISWERK },
  { query: 'stoelyoge', kind: 'typo', relevant: ['stoelyoga-beverwaard'] },
  // "y" for "ij" is how many residents type it.
  { query: 'maaltyd', kind: 'typo', relevant: MAALTIJD },
  { query: 'buurtmaaltijt', kind: 'typo', relevant: ['pinksterbloem-buurtmaaltijd'] },
  { query: 'energycoach', kind: 'typo', relevant: ['energiecoach-beverwaard'] },
  { query: 'spreekuru', kind: 'typo', relevant: SPREEKUUR },
  { query: 'jongerenwerkr', kind: 'typo', relevant: ['jongerenhonk-selwerd', 'the-spot-open-avonden', 'meidenclub-the-spot'] },
  // Accents left out, or put where the feed has none.
  { query: 'taalcafe', kind: 'accent', relevant: TAALCAFE },
  { query: 'ideeen', kind: 'accent', relevant: ['wijkaanjager-spreekuur-selwerd', 'wijkaanjagers-ruwaard'] },
  { query: 'herstelcafe', kind: 'accent', relevant: ['herstelcafe-ruwaard'] },
  { query: 'digicafé', kind: 'accent', relevant: ['digicafe-ruwaard'] },
  { query: 'naaicafe', kind: 'accent', relevant: ['klaproos-naaicafe'] },
  // Every café: Dutch writes them as one word (Taalcafé, Geldcafé), so a word-start index misses most.
  { query: 'cafe', kind: 'accent', relevant: ALL_CAFES },
  // Several words.
  { query: 'beweeg selwerd', kind: 'words', relevant: ['wandelgroep-stappen-in-selwerd', 'gym-65-plus-lindenhof'] },
  {
    query: 'koffie ruwaard',
    kind: 'words',
    relevant: ['klaproos-huiskamer', 'kansrijke-start-ruwaard', 'ouder-en-kindochtend-de-vlieger', 'zondagochtendwandeling-ruwaard'],
  },
  {
    query: 'taal kinderen',
    kind: 'words',
    relevant: ['huiswerkklas-de-driesprong', 'leren-met-de-crew', 'ouder-en-kindochtend-de-vlieger', 'huiswerkclub-de-waterlelie'],
  },
  { query: 'jongeren beverwaard', kind: 'words', relevant: ['sportmiddag-beverwaard', 'the-spot-open-avonden', 'meidenclub-the-spot'] },
  { query: 'zondag wandelen', kind: 'words', relevant: ['zondagochtendwandeling-ruwaard'] },
  { query: 'welzijn op recept', kind: 'words', relevant: ['welzijn-op-recept-selwerd', 'welzijn-op-recept-de-kreek'] },
  {
    query: 'praat vandaag over morgen',
    kind: 'words',
    relevant: ['praat-vandaag-over-morgen-selwerd', 'praat-vandaag-over-morgen-ruwaard', 'praat-vandaag-over-morgen-de-kreek'],
  },
  { query: 'Kansrijke Start', kind: 'words', relevant: KANSRIJKE_START },
  { query: 'repair cafe', kind: 'words', relevant: REPAIR },
  // As a resident would ask it; "bij" is in none of the three descriptions.
  { query: 'hulp bij formulieren', kind: 'words', relevant: ['papierwerk-spreekuur-ruwaard', 'thuisadministratie-selwerd', 'papierenhulp-beverwaard'] },
  // The last part of a compound: written inside the names, rarely on its own.
  { query: 'tuin', kind: 'compound', relevant: ['buurttuin-de-groene-vinger', 'moestuin-de-boomgaard', 'buitenfit-beweegtuin'] },
  {
    query: 'club',
    kind: 'compound',
    relevant: ['klaproos-eetclub', 'beweegclub-55-plus-ruwaard', 'kookclub-kinderen-fit-en-fijn', 'meidenclub-the-spot', 'huiswerkclub-de-waterlelie'],
  },
  {
    query: 'kamer',
    kind: 'compound',
    relevant: ['pinksterbloem-inloop', 'pinksterbloem-zondagmiddag', 'ouderkamer-de-driesprong', 'klaproos-huiskamer', 'huiskamer-de-boomgaard'],
  },
  { query: 'spreekuur', kind: 'compound', relevant: SPREEKUUR },
  {
    query: 'coach',
    kind: 'compound',
    relevant: [
      'gezinscoach-fit-en-fijn',
      'energiecoach-beverwaard',
      'welzijn-op-recept-selwerd',
      'welzijn-op-recept-de-kreek',
      'buitenfit-beweegtuin',
      'sportmiddag-beverwaard',
    ],
  },
  { query: 'lunch', kind: 'compound', relevant: ['mantelzorglunch-beverwaard'] },
  // Words residents use for what the records call otherwise.
  { query: 'schulden', kind: 'synonym', relevant: MONEY_TROUBLE },
  { query: 'schuldhulp', kind: 'synonym', relevant: MONEY_TROUBLE },
  { query: 'geldzorgen', kind: 'synonym', relevant: [...MONEY_TROUBLE, 'wijkaanjagers-inloop-beverwaard'] },
  { query: 'voedselbank', kind: 'synonym', relevant: VOEDSELPAKKET },
  {
    query: 'sporten',
    kind: 'synonym',
    relevant: ['gym-65-plus-lindenhof', 'beweegclub-55-plus-ruwaard', 'buitenfit-beweegtuin', 'sportmiddag-beverwaard', 'stoelyoga-beverwaard'],
  },
];

export const RECALL_DEPTH = 10;

/**
 * Recall at `depth`: the share of the relevant ids among the first `depth` results. When more
 * ids are relevant than fit in `depth`, a full first page counts as 1 (the denominator is
 * min(relevant, depth)), so "eenzaam" with 11 relevant initiatives can still score 1.
 */
export function recallAt(ranked: readonly string[], relevant: readonly string[], depth = RECALL_DEPTH): number {
  const wanted = new Set(relevant);
  let found = 0;
  for (const id of ranked.slice(0, depth)) if (wanted.has(id)) found += 1;
  return found / Math.min(wanted.size, depth);
}

export interface RecallSummary {
  mean: number;
  byKind: Record<QueryKind, number>;
  perQuery: { query: string; kind: QueryKind; recall: number }[];
}

/** Mean recall over the held-out set, and per kind; `rank` gives the engine's ids, best first. */
export function measureRecall(rank: (query: string) => readonly string[], queries: readonly HeldOutQuery[] = HELD_OUT_QUERIES): RecallSummary {
  const perQuery = queries.map(({ query, kind, relevant }) => ({ query, kind, recall: recallAt(rank(query), relevant) }));
  const mean = (items: { recall: number }[]) => (items.length === 0 ? NaN : items.reduce((sum, item) => sum + item.recall, 0) / items.length);
  const kinds: QueryKind[] = ['word', 'prefix', 'typo', 'accent', 'words', 'compound', 'synonym'];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, mean(perQuery.filter((item) => item.kind === kind))])) as Record<QueryKind, number>;
  return { mean: mean(perQuery), byKind, perQuery };
}
