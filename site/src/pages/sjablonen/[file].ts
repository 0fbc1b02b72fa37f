/**
 * The feed studio's template spreadsheets, written at build time from the import's own columns:
 * /sjablonen/activiteiten-voorbeeld.csv and .xlsx (Dutch column names), activities-template.*
 * (English). The Dutch CSV is separated by semicolons, as Dutch Excel lists, the English one by
 * commas; both start with a byte-order mark, without which Excel reads UTF-8 as Windows-1252.
 */
import type { APIRoute } from 'astro';
import { spreadsheetTemplate, toCsv } from '@wijkwijzer/model/feed-file.js';
import { LANGUAGES, ui, type Language } from '../../i18n/ui.ts';
import { xlsxWorkbook } from '../../lib/xlsx-template.ts';

const SEPARATOR = { nl: ';', en: ',' } as const satisfies Record<Language, string>;

export function getStaticPaths() {
  return LANGUAGES.flatMap((language) =>
    (['csv', 'xlsx'] as const).map((type) => ({ params: { file: `${ui(language).studio.templateFile}.${type}` }, props: { language, type } })),
  );
}

export const GET: APIRoute<{ language: Language; type: 'csv' | 'xlsx' }> = ({ props: { language, type } }) => {
  const rows = spreadsheetTemplate(language);
  if (type === 'csv') return new Response(`\uFEFF${toCsv(rows, SEPARATOR[language])}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(xlsxWorkbook(ui(language).studio.templateSheet, rows), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
