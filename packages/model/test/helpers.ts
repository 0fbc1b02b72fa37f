/** Shared by the model tests: where the fixtures live, how to read them, how to read a JSON path back. */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentKind, Problem } from '../src/index.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const VALID_DIR = join(FIXTURES, 'valid');
export const INVALID_DIR = join(FIXTURES, 'invalid');
export const UNREADABLE_DIR = join(FIXTURES, 'unreadable');

/** File names (not paths) in a fixture folder, sorted. */
export function fixtureNames(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Reads a .json or .yaml fixture into a plain JSON value, as the CLI does. */
export function loadFixture(path: string): unknown {
  const source = readFileSync(path, 'utf8');
  return extname(path) === '.yaml' || extname(path) === '.yml' ? parseYaml(source) : JSON.parse(source);
}

/** The content kind a valid fixture is named after: `initiative-feed.json` → `initiative-feed`. */
export function kindFromFileName(name: string): ContentKind {
  const kind = name.replace(/\.(json|ya?ml)$/, '');
  if (!['initiative-feed', 'good-practice', 'learning-module', 'trusted-pointers'].includes(kind)) {
    throw new Error(`valid fixture ${name} is not named after a content kind`);
  }
  return kind as ContentKind;
}

/** Asserts the shape every problem must have; returns a description of what is wrong, or undefined. */
export function problemShapeError(problem: Problem): string | undefined {
  if (typeof problem.path !== 'string' || !problem.path.startsWith('$')) return `path ${String(problem.path)} does not start with $`;
  const { nl, en } = problem.message ?? {};
  if (typeof nl !== 'string' || nl.trim() === '') return `empty Dutch message at ${problem.path}`;
  if (typeof en !== 'string' || en.trim() === '') return `empty English message at ${problem.path}`;
  return undefined;
}

/**
 * Reads a path made by formatJsonPath back into keys: `$.services[0]["odd key"]` →
 * ['services', 0, 'odd key']. Throws on anything formatJsonPath would not write.
 */
export function parseJsonPath(path: string): (string | number)[] {
  if (!path.startsWith('$')) throw new Error(`not a JSON path: ${path}`);
  const keys: (string | number)[] = [];
  const token = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const match = token.exec(path);
    if (!match) throw new Error(`cannot read JSON path ${path} at ${token.lastIndex}`);
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3] as string) as string);
  }
  return keys;
}

/** Follows keys into a JSON value; `found` is false as soon as a key is not an own property. */
export function walk(value: unknown, keys: readonly (string | number)[]): { found: boolean; value: unknown } {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { found: true, value: current };
}
