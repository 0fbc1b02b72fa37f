/**
 * Where the browser tests find the Pagefind indexes that `build-test-indexes.ts` writes (real
 * indexes, built with Pagefind's own Node API; the folder is git-ignored as a `dist/`).
 */
const ROOT = '/packages/widgets/src/practice-search/testing/dist';

export const TEST_INDEXES = {
  /** Five practices in Dutch with the site's filter names; "Buurtkamer Selwerd" only here. */
  practices: `${ROOT}/practices/`,
  /** Two other practices; "Moestuin Lombok" only here. */
  other: `${ROOT}/other/`,
  /** Filters named `__proto__`, `constructor` and `zoek`, and result URLs that do not parse or are not web pages. */
  hostile: `${ROOT}/hostile/`,
  /** A valid index without pages. */
  empty: `${ROOT}/empty/`,
  /** The practices index, but its `pagefind.js` takes 30 s to arrive (served through `/test/slow/`). */
  stalled: `${ROOT}/stalled/`,
} as const;

/** The folder on disk, relative to the repository root. */
export const TEST_INDEX_FOLDER = ROOT.slice(1);
