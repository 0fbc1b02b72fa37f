/**
 * The feed studio: a chosen or dropped file is read by the model's import (the same code as the
 * CLI) in this browser; problems go in a table by row and column, the feed into a live finder and
 * a download. Nothing leaves the computer: the only requests are for this site's own scripts.
 */
import type { FeedFileProblem, FeedFileResult } from '@wijkwijzer/model/feed-file.js';
import type { InitiativeFeed } from '@wijkwijzer/model';
import type { ui } from '../i18n/ui.ts';

type Words = ReturnType<typeof ui>['studio'];
type Language = keyof FeedFileProblem['message'];
type FinderElement = HTMLElement & { data?: InitiativeFeed };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

const counted = (count: number, one: string, other: string) => (count === 1 ? one : fill(other, { count }));

/** "activiteiten.csv: 12 activiteiten gelezen, 3 problemen, 1 punt om na te kijken." */
function summary(fileName: string, result: FeedFileResult, words: Words): string {
  const problems = result.ok ? 0 : result.problems.length;
  const parts = [
    result.activities === undefined ? undefined : counted(result.activities, words.activitiesOne, words.activitiesOther),
    problems === 0 ? words.problemsNone : counted(problems, words.problemsOne, words.problemsOther),
    result.warnings.length === 0 ? undefined : counted(result.warnings.length, words.warningsOne, words.warningsOther),
  ];
  return `${fileName}: ${parts.filter(Boolean).join(', ')}.`;
}

function cells(row: HTMLTableRowElement, tag: 'th' | 'td', texts: string[]): void {
  for (const text of texts) {
    const cell = document.createElement(tag);
    cell.textContent = text;
    if (tag === 'th') cell.scope = 'col';
    row.append(cell);
  }
}

/** A spreadsheet's problems by row and column; a JSON file's by place in the file. */
function fillTable(section: HTMLElement, items: FeedFileProblem[], result: FeedFileResult, words: Words, language: Language): void {
  section.hidden = items.length === 0;
  const table = section.querySelector('table')!;
  const spreadsheet = result.kind === 'spreadsheet';
  const head = document.createElement('tr');
  cells(head, 'th', spreadsheet ? [words.row, words.column, words.message] : [words.place, words.message]);
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(
    ...items.map((item) => {
      const row = document.createElement('tr');
      const where = spreadsheet ? [item.row > 0 ? String(item.row) : words.wholeFile, item.columnLabel ?? item.column ?? ''] : [item.path ?? words.wholeFile];
      cells(row, 'td', [...where, item.message[language]]);
      return row;
    }),
  );
}

function setUp(studio: HTMLElement): void {
  const words = JSON.parse(studio.dataset.words!) as Words;
  const language = studio.dataset.language as Language;
  const input = studio.querySelector<HTMLInputElement>('input[type="file"]')!;
  const zone = studio.querySelector<HTMLElement>('.drop-zone')!;
  const outcome = studio.querySelector<HTMLElement>('.outcome')!;
  const format = studio.querySelector<HTMLElement>('.format')!;
  const problems = studio.querySelector<HTMLElement>('.problems')!;
  const warnings = studio.querySelector<HTMLElement>('.warnings')!;
  const download = studio.querySelector<HTMLElement>('.download')!;
  const link = download.querySelector<HTMLAnchorElement>('a[download]')!;
  const preview = studio.querySelector<HTMLElement>('.preview')!;
  let finder: FinderElement | undefined;
  let reading = 0;

  const show = (fileName: string, result: FeedFileResult, feedAsJson: (feed: InitiativeFeed) => string) => {
    outcome.textContent = summary(fileName, result, words);
    format.textContent = fill(words.readAs, { format: result.format[language] });
    fillTable(problems, result.ok ? [] : result.problems, result, words, language);
    fillTable(warnings, result.warnings, result, words, language);
    // A feed with problems is not offered: the partner's website would get a wrong file.
    download.hidden = preview.hidden = !result.ok;
    if (link.href) URL.revokeObjectURL(link.href);
    link.removeAttribute('href');
    if (!result.ok) return;
    link.href = URL.createObjectURL(new Blob([feedAsJson(result.feed)], { type: 'application/json' }));
    // The loader on every page loads the finder's code when the element appears.
    finder ??= preview.appendChild(document.createElement('wijk-initiative-finder'));
    finder.data = result.feed;
  };

  const read = async (file: File) => {
    const current = ++reading;
    outcome.textContent = fill(words.reading, { file: file.name });
    try {
      // The import, and the Excel reader inside it, load only once a file is chosen.
      const [{ readFeedFile, feedAsJson }, bytes] = await Promise.all([import('@wijkwijzer/model/feed-file.js'), file.arrayBuffer()]);
      const result = await readFeedFile(new Uint8Array(bytes));
      if (current === reading) show(file.name, result, feedAsJson);
    } catch (error) {
      console.error(error);
      if (current !== reading) return;
      outcome.textContent = words.failed;
      format.textContent = '';
      problems.hidden = warnings.hidden = download.hidden = preview.hidden = true;
    }
  };

  input.addEventListener('change', () => {
    const [file] = input.files ?? [];
    if (file) void read(file);
    // Choosing the same file again, once corrected, must read it again.
    input.value = '';
  });

  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  // A file dropped beside the box would make the browser open it and leave this page.
  for (const type of ['dragover', 'drop'] as const) {
    document.addEventListener(type, (event) => {
      if (carriesFiles(event)) event.preventDefault();
    });
  }
  zone.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.dataTransfer!.dropEffect = 'copy';
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget as Node | null)) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    zone.classList.remove('dragging');
    const [file] = event.dataTransfer?.files ?? [];
    if (file) void read(file);
  });
}

const studio = document.querySelector<HTMLElement>('.studio[data-words]');
if (studio) setUp(studio);
