/**
 * Which rows are the same organisation, place or activity, and the ids they get. Only names
 * written the same (up to spaces) are one organisation; names that merely look alike are kept
 * apart and reported, never merged silently.
 */
import { assignStableIds, normaliseName } from './ids.ts';
import { areNearDuplicates, nearDuplicatePairs } from './near-duplicates.ts';
import type { SpreadsheetProblem } from './problem.ts';

export interface RowIdentity {
  rowNumber: number;
  name: string;
  organizationName: string;
  /** The activity's own id from the `id` column, if the partner keeps one. */
  explicitId: string | undefined;
  /** Address, postcode and coordinates as one text; undefined without a place. */
  place: string | undefined;
}

export interface Identities {
  organizationIds: Map<string, string>;
  placeIds: Map<string, string>;
  /** The activity id of each row, in the order given. */
  serviceIds: string[];
  problems: SpreadsheetProblem[];
  warnings: SpreadsheetProblem[];
}

/** The key of a place: spelling of case and spaces does not make another place. */
export function placeKey(place: string): string {
  return normaliseName(place).toLowerCase();
}

function firstRows(rows: readonly RowIdentity[], keyOf: (row: RowIdentity) => string): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of rows) if (!first.has(keyOf(row))) first.set(keyOf(row), row.rowNumber);
  return first;
}

function organizationWarnings(rows: readonly RowIdentity[]): SpreadsheetProblem[] {
  const firstRow = firstRows(rows.filter((row) => row.organizationName), (row) => row.organizationName);
  return nearDuplicatePairs([...firstRow.keys()]).map(([earlier, later]) => ({
    row: firstRow.get(later)!,
    column: 'organization',
    message: {
      nl: `"${later}" lijkt op "${earlier}" (regel ${firstRow.get(earlier)}). Nu zijn het twee organisaties. Is het dezelfde? Schrijf de naam dan overal precies hetzelfde.`,
      en: `"${later}" looks like "${earlier}" (row ${firstRow.get(earlier)}). They are now two organisations. Are they the same? Then write the name exactly the same everywhere.`,
    },
  }));
}

/** Activities of one organisation at one place whose names are equal or look alike. */
function activityWarnings(rows: readonly RowIdentity[]): SpreadsheetProblem[] {
  const warnings: SpreadsheetProblem[] = [];
  rows.forEach((later, index) => {
    const earlier = rows.slice(0, index).find((row) =>
      row.organizationName === later.organizationName && (row.place ?? '') === (later.place ?? '') && areNearDuplicates(row.name, later.name));
    if (!earlier || later.explicitId) return;
    const same = normaliseName(earlier.name) === normaliseName(later.name);
    warnings.push({
      row: later.rowNumber,
      column: 'name',
      message: same
        ? { nl: `Deze activiteit staat ook in regel ${earlier.rowNumber}, van dezelfde organisatie op dezelfde plek. Beide regels zijn overgenomen.`, en: `This activity is also in row ${earlier.rowNumber}, by the same organisation at the same place. Both rows were taken.` }
        : { nl: `"${later.name}" lijkt op "${earlier.name}" in regel ${earlier.rowNumber}, van dezelfde organisatie op dezelfde plek. Beide regels zijn overgenomen.`, en: `"${later.name}" looks like "${earlier.name}" in row ${earlier.rowNumber}, by the same organisation at the same place. Both rows were taken.` },
    });
  });
  return warnings;
}

function activityKey(row: RowIdentity): string {
  return [normaliseName(row.name), row.organizationName, placeKey(row.place ?? '')].join('\n');
}

function serviceIdsOf(rows: readonly RowIdentity[], problems: SpreadsheetProblem[]): string[] {
  const explicit = new Map<string, number>();
  for (const row of rows) {
    if (!row.explicitId) continue;
    const earlier = explicit.get(row.explicitId);
    if (earlier === undefined) explicit.set(row.explicitId, row.rowNumber);
    else problems.push({ row: row.rowNumber, column: 'id', message: { nl: `Dit id staat ook in regel ${earlier}; elk id mag maar één keer voorkomen.`, en: `This id is also in row ${earlier}; each id may be used only once.` } });
  }
  const generated = assignStableIds(rows.filter((row) => !row.explicitId).map((row) => ({ key: activityKey(row), label: row.name })), 'activity');
  const taken = new Set(explicit.keys());
  return rows.map((row) => {
    if (row.explicitId) return row.explicitId;
    const id = generated.get(activityKey(row))!;
    // The same activity twice (reported above): the second copy still needs its own id.
    let unique = id;
    for (let copy = 2; taken.has(unique); copy++) unique = `${id}-${copy}`;
    taken.add(unique);
    return unique;
  });
}

export function identify(rows: readonly RowIdentity[]): Identities {
  const problems: SpreadsheetProblem[] = [];
  const organizationIds = assignStableIds(rows.filter((row) => row.organizationName).map((row) => ({ key: row.organizationName, label: row.organizationName })), 'org');
  const placeIds = assignStableIds(rows.flatMap((row) => (row.place ? [{ key: placeKey(row.place), label: row.place }] : [])), 'place');
  const serviceIds = serviceIdsOf(rows, problems);
  return { organizationIds, placeIds, serviceIds, problems, warnings: [...organizationWarnings(rows), ...activityWarnings(rows)] };
}
