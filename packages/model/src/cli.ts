#!/usr/bin/env node
/**
 * `wijkwijzer validate PATH…` for content authors and partners.
 * Exit codes: 0 all valid; 1 at least one file has problems; 2 a file could not be read or
 * is not JSON/YAML, or the command was used wrongly.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument as parseYamlDocument } from 'yaml';
import { CONTENT_KINDS, validateContent, type ContentKind } from './validate-content.ts';
import { groupWarnings, type Warning } from './hsds/index.ts';
// Not from hsds/index.ts: the finder loads that whole module for an HSDS feed, and never needs this.
import { describeWarningGroup } from './hsds/group-warnings.ts';
import { messageFor } from './messages.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { describeFormat, importSpreadsheet, type CsvProblem } from './csv-import.ts';
import { feedAsJson } from './feed-file.ts';
import { LINK_CHECK_LIMITS, checkLinks, isWithinLimits, type LinkStatus } from './link-check.ts';
import type { TrustedPointerList } from './trusted-pointer.ts';
import type { InitiativeFeed } from './initiative-feed.ts';
import { DEFAULT_STALE_AFTER_MONTHS, freshnessOf } from './finder/freshness.ts';
import { plainDateOf } from './finder/schedule.ts';
import { dutchCatalogue, translatorFor, type Translate } from './catalogue/index.ts';
import englishCatalogue from './catalogue/en.ts';

const USAGE = `Usage:
  wijkwijzer validate [--kind KIND] [--stale-after MONTHS] [--lang nl|en] PATH…
  wijkwijzer import-csv [--out FEED.json] [--lang nl|en] FILE.csv|FILE.xlsx
  wijkwijzer check-links [--write] [--timeout MS] [--lang nl|en] REGISTRY…

validate checks initiative feeds, good practices, learning modules and trusted-pointer lists
(.json, .yaml or .yml; a folder is searched for such files).
KIND: ${CONTENT_KINDS.join(', ')} (default: recognised from each file).
An initiative feed may also be Open Referral HSDS 3.0/3.1 as published (one service, a list
of services, a page with contents, an organization with its services); every field it does
not use is listed as a warning, which does not change the exit code.
Activities not checked (assured_date, else last_modified) for --stale-after months (default
12, as the finder; 0: do not report) are listed as a warning too.

import-csv turns a spreadsheet of activities into an initiative feed (to --out, else to
standard output). CSV (UTF-8 or Windows-1252, comma or semicolon separated; what it found is
reported) or the first sheet of an Excel workbook (.xlsx); Dutch or English column names:
${CSV_COLUMNS.map((column) => `  ${[column.name, ...column.aliases].join(' / ')}: ${column.description}`).join('\n')}

check-links checks every trusted pointer's link (4 at a time, redirects followed and
reported) and lists reviews that are overdue. --write stores today's date as the last
successful check of every link that worked; nothing else in the file changes.
--timeout: how long to wait for each page, in milliseconds
(${LINK_CHECK_LIMITS.timeoutMs.min} to ${LINK_CHECK_LIMITS.timeoutMs.max}; default 10000).

Exit code: 0 valid, 1 problems found, 2 unreadable or not JSON/YAML/CSV, or wrong usage.`;

const EXIT_VALID = 0;
const EXIT_PROBLEMS = 1;
const EXIT_UNREADABLE = 2;
const CONTENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

type Language = 'nl' | 'en';

async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && CONTENT_EXTENSIONS.has(extname(entry.name)))
          .map((entry) => join(entry.parentPath, entry.name))
          .filter((file) => !file.includes('node_modules'))
          .sort(),
      );
    } else {
      files.push(path);
    }
  }
  return files;
}

/** The file's text, or undefined after saying why it cannot be read. */
async function readText(path: string, language: Language): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    console.error(`${path}: ${say[language]('cli.cannotRead')} (${(error as NodeJS.ErrnoException).code ?? error})`);
    return undefined;
  }
}

function parseDocument(path: string, source: string): unknown {
  // Editors on Windows may start a file with a byte-order mark; it is not part of the content.
  const text = source.replace(/^\uFEFF/, '');
  if (isYamlPath(path)) return parseYaml(text);
  return JSON.parse(text);
}

async function validateFile(path: string, kind: ContentKind | undefined, language: Language, staleAfterMonths: number): Promise<number> {
  const source = await readText(path, language);
  if (source === undefined) return EXIT_UNREADABLE;
  let document: unknown;
  try {
    document = parseDocument(path, source);
  } catch (error) {
    const what = say[language]('cli.notJsonOrYaml');
    console.error(`${path}: ${what}: ${(error as Error).message.split('\n')[0]}`);
    return EXIT_UNREADABLE;
  }
  const result = validateContent(document, kind);
  if (result.valid) {
    // HSDS is read into a feed: the line says which shape it was read from.
    console.log(`${path}: ok (${result.kind}${result.source ? `: ${result.source}` : ''})`);
    printWarnings(path, result.warnings ?? [], language);
    if (result.kind === 'initiative-feed' && staleAfterMonths > 0) printStale(path, result.value as InitiativeFeed, language, staleAfterMonths);
    return EXIT_VALID;
  }
  for (const problem of result.problems) console.log(`${path}:${problem.path}: ${problem.message[language]}`);
  printWarnings(path, result.warnings ?? [], language);
  return EXIT_PROBLEMS;
}

/** Activities nobody checked for longer than the finder accepts: the finder marks them "possibly out of date". */
function printStale(path: string, feed: InitiativeFeed, language: Language, months: number): void {
  const today = plainDateOf(new Date());
  const stale = feed.services.filter((service) => freshnessOf({ checkedOn: service.assured_date ?? service.last_modified }, today, months).stale);
  if (stale.length === 0) return;
  const ids = stale.slice(0, 20).map((service) => service.id).join(', ') + (stale.length > 20 ? ', …' : '');
  console.log(`${path}: ${WARNING_WORD[language]}: ${say[language]('cli.staleActivities', { count: stale.length, months, ids })}`);
}

/** One line per warning; the same warning on the same field of many records is one line with a count. */
function printWarnings(path: string, warnings: readonly Warning[], language: Language): void {
  const label = messageFor('warning')[language];
  for (const group of groupWarnings(warnings)) console.log(`${path}:${group.path}: ${label}: ${describeWarningGroup(group)[language]}`);
}

function usageError(problem?: string): number {
  console.error(problem ? `${problem}\n\n${USAGE}` : USAGE);
  return EXIT_UNREADABLE;
}

const WARNING_WORD: Record<Language, string> = { nl: 'let op', en: 'warning' };

/** CSV or .xlsx: the model tells them apart by their bytes and reads both with the same rules. */
async function importCsvFile(path: string, out: string | undefined, language: Language): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    console.error(`${path}: ${say[language]('cli.cannotRead')} (${(error as NodeJS.ErrnoException).code ?? error})`);
    return EXIT_UNREADABLE;
  }
  const result = await importSpreadsheet(bytes);
  /** "file:row N, column C", or just "file" for the file as a whole. */
  const where = (problem: CsvProblem) =>
    [path, [problem.row > 0 ? `${say[language]('cli.row')} ${problem.row}` : undefined, problem.column ? `${say[language]('cli.column')} ${problem.column}` : undefined].filter(Boolean).join(', ')].filter(Boolean).join(':');
  // Standard error: standard output may be the feed itself.
  if (result.ok || !result.unreadable) console.error(`${path}: ${describeFormat(result.format)[language]}`);
  for (const warning of result.warnings) console.error(`${where(warning)}: ${WARNING_WORD[language]}: ${warning.message[language]}`);
  if (!result.ok) {
    for (const problem of result.problems) console.log(`${where(problem)}: ${problem.message[language]}`);
    return result.unreadable ? EXIT_UNREADABLE : EXIT_PROBLEMS;
  }
  const json = feedAsJson(result.feed);
  if (out) {
    await writeFile(out, json);
    console.error(`${path}: ${say[language]('cli.activitiesWritten', { count: result.rows, out })}`);
  } else {
    process.stdout.write(json);
  }
  return EXIT_VALID;
}

/** The CLI speaks through the model's catalogue, like the widgets and the site. */
const say: Record<Language, Translate> = { nl: translatorFor(dutchCatalogue), en: translatorFor(englishCatalogue) };

function isYamlPath(path: string): boolean {
  return extname(path) === '.yaml' || extname(path) === '.yml';
}

/**
 * The YAML text with `last_checked_ok` set to `date` on the given pointers. Only the dates are
 * replaced in the text, so comments, quoting, flow style and line ends stay exactly as written.
 * A pointer without the field yet needs a new line: then the document is written out again,
 * which keeps comments but may tidy the layout.
 */
function withCheckDatesYaml(source: string, pointerIds: ReadonlySet<string>, date: string): string {
  const document = parseYamlDocument(source);
  const pointers = document.get('pointers');
  if (!isSeq(pointers)) return source;
  const dateRanges: [start: number, end: number][] = [];
  let fieldAdded = false;
  for (const pointer of pointers.items) {
    if (!isMap(pointer) || !pointerIds.has(String(pointer.get('id')))) continue;
    const value = pointer.get('last_checked_ok', true);
    if (isScalar(value) && value.range) {
      dateRanges.push([value.range[0], value.range[1]]);
    } else {
      pointer.set('last_checked_ok', date);
      fieldAdded = true;
    }
  }
  // lineWidth 0: long lines stay as they were written instead of being folded.
  if (fieldAdded) return document.toString({ lineWidth: 0 });
  let text = source;
  for (const [start, end] of dateRanges.reverse()) {
    // `last_checked_ok:` with nothing after it still needs the space before the value.
    text = `${text.slice(0, start)}${start === end ? ' ' : ''}${date}${text.slice(end)}`;
  }
  return text;
}

async function checkLinksInFiles(paths: string[], options: { write: boolean; timeoutMs: number; language: Language }): Promise<number> {
  let exitCode = EXIT_VALID;
  const today = new Date();
  const todayIso = today.toISOString().slice(0, 10);
  for (const path of paths) {
    const source = await readText(path, options.language);
    if (source === undefined) return EXIT_UNREADABLE;
    let document: unknown;
    try {
      document = parseDocument(path, source);
    } catch {
      console.error(`${path}: ${say[options.language]('cli.notJsonOrYaml')}`);
      return EXIT_UNREADABLE;
    }
    const validation = validateContent(document, 'trusted-pointers');
    if (!validation.valid) {
      for (const problem of validation.problems) console.log(`${path}:${problem.path}: ${problem.message[options.language]}`);
      exitCode = Math.max(exitCode, EXIT_PROBLEMS);
      continue;
    }
    const list = validation.value as TrustedPointerList;
    const results = await checkLinks(list.pointers, { timeoutMs: options.timeoutMs, today });
    const words = (status: LinkStatus) => say[options.language](`cli.link.${status}`);
    for (const result of results) {
      const detail = result.status === 'moved' ? `${words('moved')} ${result.finalUrl}` : words(result.status);
      const code = result.httpStatus ? ` (${result.httpStatus})` : '';
      const reason = result.reason ? `: ${say[options.language](`cli.linkFailure.${result.reason}`)}` : '';
      const overdue = result.overdue ? say[options.language]('cli.reviewOverdue') : '';
      console.log(`${path}:${result.pointerId}: ${result.url} ${detail}${code}${reason}${overdue}`);
      if (result.status !== 'ok' || result.overdue) exitCode = Math.max(exitCode, EXIT_PROBLEMS);
    }
    if (options.write) {
      const worked = new Set(results.filter((result) => result.status === 'ok' || result.status === 'moved').map((result) => result.pointerId));
      if (isYamlPath(path)) {
        await writeFile(path, withCheckDatesYaml(source, worked, todayIso));
      } else {
        const raw = document as { pointers: Record<string, unknown>[] };
        for (const pointer of raw.pointers) if (worked.has(String(pointer.id))) pointer.last_checked_ok = todayIso;
        await writeFile(path, `${JSON.stringify(raw, null, 2)}\n`);
      }
      console.error(`${path}: ${say[options.language]('cli.checkDatesUpdated', { count: worked.size })}`);
    }
  }
  return exitCode;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        write: { type: 'boolean' },
        timeout: { type: 'string' },
        'stale-after': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help) {
    console.log(USAGE);
    return EXIT_VALID;
  }
  const kind = parsed.values.kind as ContentKind | undefined;
  const language: Language = (parsed.values.lang ?? process.env.LANG ?? 'nl').startsWith('en') ? 'en' : 'nl';
  if (command === 'import-csv') return paths.length === 1 ? importCsvFile(paths[0]!, parsed.values.out, language) : usageError();
  if (command === 'check-links') {
    if (paths.length === 0) return usageError();
    const timeout = parsed.values.timeout ?? '10000';
    // Digits only: Number() would also take 1e12, 0x1f4 or an empty string.
    const timeoutMs = /^\d{1,9}$/.test(timeout) ? Number(timeout) : Number.NaN;
    if (!isWithinLimits('timeoutMs', timeoutMs)) {
      const { min, max } = LINK_CHECK_LIMITS.timeoutMs;
      return usageError(
        say[language]('cli.timeoutRange', { min, max, given: timeout }),
      );
    }
    return checkLinksInFiles(paths, { write: parsed.values.write ?? false, timeoutMs, language });
  }
  if (command !== 'validate' || paths.length === 0 || (kind !== undefined && !CONTENT_KINDS.includes(kind))) {
    console.error(USAGE);
    return EXIT_UNREADABLE;
  }
  const staleAfter = parsed.values['stale-after'] ?? String(DEFAULT_STALE_AFTER_MONTHS);
  if (!/^\d{1,4}$/.test(staleAfter)) return usageError();
  const files = await expandPaths(paths);
  if (files.length === 0) {
    console.error(say[language]('cli.noFiles'));
    return EXIT_UNREADABLE;
  }
  let exitCode = EXIT_VALID;
  for (const file of files) exitCode = Math.max(exitCode, await validateFile(file, kind, language, Number(staleAfter)));
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
