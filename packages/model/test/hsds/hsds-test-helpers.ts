/** Shared by the HSDS tests: the fixtures, a fixed "today", and a check that nothing vanished unreported. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { normaliseHsds, type NormaliseResult } from '../../src/index.ts';
import { FIXTURES, loadFixture, parseJsonPath, walk } from '../helpers.ts';

export const HSDS_DIR = join(FIXTURES, 'hsds');
/** Every test reads with the same day, so "ended" does not depend on when the tests run. */
export const TODAY = '2026-03-01';

export const loadHsds = (name: string): unknown => loadFixture(join(HSDS_DIR, name));

export type Normalised = Extract<NormaliseResult, { ok: true }>;

export function normalised(input: unknown, today = TODAY): Normalised {
  const result = normaliseHsds(input, { today });
  assert.ok(result.ok, JSON.stringify(result));
  return result;
}

export type Key = string | number;

/** Every value in a document that holds information (not null, blank, or an empty list), with its path. */
export function leavesOf(value: unknown, path: Key[] = []): { path: Key[]; value: unknown }[] {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return [{ path, value }];
}

const isPrefix = (prefix: Key[], path: Key[]) => prefix.length <= path.length && prefix.every((key, index) => path[index] === key);

/**
 * Fields that are read and understood without their value being copied: the counts of a page,
 * ids and back-references of objects folded into text, a language's name (its code is kept), a
 * phone's type (it decides whether the number is shown), a currency (shown in capitals), the start
 * of a price that applies today, a
 * frequency turned into another (DAILY is WEEKLY on every day) and a week start that changes nothing.
 */
function understoodWithoutCopy(path: Key[]): boolean {
  const key = path.at(-1);
  const parent = path.findLast((part, index) => typeof part === 'string' && index < path.length - 1);
  if (path.length === 1 && typeof key === 'string' && ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'].includes(key)) return true;
  if (typeof key === 'string' && ['id', 'service_id', 'location_id', 'organization_id', 'service_at_location_id', 'taxonomy_term_id', 'currency', 'freq', 'wkst'].includes(key)) return true;
  // A price that started in the past applies today: its start date changes nothing.
  if (key === 'valid_from' && parent === 'cost_options') return true;
  return (key === 'name' && parent === 'languages') || (key === 'type' && parent === 'phones');
}

/**
 * The promise "never dropped silently", checked from outside the code: each value of the input is
 * in the normalised feed, or a warning or rejection covers its path, or it is a field that is
 * understood without being copied.
 */
export function assertNothingDroppedSilently(input: unknown, result: Normalised): void {
  const output = JSON.stringify(result.feed).toLowerCase();
  const reported = [...result.warnings, ...result.rejected].map((item) => parseJsonPath(item.path));
  const silent = leavesOf(input).filter(({ path, value }) => {
    if (reported.some((prefix) => isPrefix(prefix, path))) return false;
    if (understoodWithoutCopy(path)) return false;
    const text = JSON.stringify(String(value).replace(/^["'\s]+|["'\s]+$/g, '')).slice(1, -1).toLowerCase();
    return !output.includes(text);
  });
  assert.deepEqual(silent, [], 'values neither in the feed nor reported');
  // And every reported path really is in the input, so a partner can find it.
  for (const keys of reported) assert.ok(keys.length === 0 || walk(input, keys.slice(0, -1)).found, `no parent for ${JSON.stringify(keys)} in the input`);
}
