/** HSDS phones, contacts and languages: how a resident reaches a service, and in which language. */
import * as v from 'valibot';
import { languageTag } from '../common.ts';
import { phoneSchema, type Phone } from '../initiative-feed.ts';
import { Origins, type Path } from './field-use.ts';
import { checkRecord, expectRecord, idOf, itemsOf, markKnown, take, takeText, warn, type ReadContext } from './context.ts';

const BACK_REFERENCES = ['service_id', 'location_id', 'organization_id', 'contact_id', 'service_at_location_id', 'phone_id'];
/** Phone types a resident can call; fax, pager, text-only and video numbers are not for a tel: link. */
const CALLABLE_TYPES = new Set(['voice', 'cell', 'textphone']);
const LANGUAGE_SCHEMA = v.object({ code: languageTag() });

/** Some exports wrap the number in quotes: `"\"+44 1234 234567\""`. */
function cleanNumber(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^["'\s]+|["'\s]+$/g, '') : value;
}

export function readPhone(context: ReadContext, raw: unknown, path: Path): Phone | undefined {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  const type = take(context, input, path, 'type');
  if (typeof type === 'string' && !CALLABLE_TYPES.has(type.toLowerCase())) {
    warn(context, path, 'phone_not_callable');
    return undefined;
  }
  markKnown(context, input, path, BACK_REFERENCES);
  if (take(context, input, path, 'extension') !== undefined) warn(context, [...path, 'extension'], 'phone_extension');
  const origins = new Origins(path);
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'number', 'description'] as const) {
    const value = take(context, input, path, key);
    if (value === undefined) continue;
    out[key] = key === 'number' ? cleanNumber(value) : key === 'id' ? idOf(value) : value;
    origins.set([key], [...path, key]);
  }
  return checkRecord(context, phoneSchema, out, origins);
}

/** Each number once (compared by its digits), the first description kept. */
export function uniqueByNumber(phones: readonly Phone[]): Phone[] {
  const byDigits = new Map<string, Phone>();
  for (const phone of phones) {
    const digits = phone.number.replace(/\D/g, '');
    if (!byDigits.has(digits)) byDigits.set(digits, phone);
  }
  return [...byDigits.values()];
}

/** The phones of several lists that can be called, each number once. */
export function readPhones(context: ReadContext, lists: { raw: unknown; path: Path }[][]): Phone[] {
  return uniqueByNumber(lists.flat().flatMap(({ raw, path }) => readPhone(context, raw, path) ?? []));
}

/** "Ann Persona, Reception Manager, Reception: ann@example.org, +44 1234 234567", or undefined when it says nothing. */
export function readContact(context: ReadContext, raw: unknown, path: Path): string | undefined {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  markKnown(context, input, path, [...BACK_REFERENCES, 'id']);
  const who = ['name', 'title', 'department'].flatMap((key) => takeText(context, input, path, key) ?? []);
  const email = takeText(context, input, path, 'email');
  const numbers = itemsOf(context, input, path, 'phones').flatMap(({ raw: phone, path: phonePath }) => readPhone(context, phone, phonePath)?.number ?? []);
  const reach = [email, ...numbers].filter((part) => part !== undefined);
  if (who.length === 0 && reach.length === 0) return undefined;
  return [who.join(', '), reach.join(', ')].filter(Boolean).join(': ');
}

/**
 * Language codes ("ur", "tr") from HSDS language objects. A language without a code cannot be
 * named in the resident's language, so it is reported.
 */
export function readLanguages(context: ReadContext, items: { raw: unknown; path: Path }[]): string[] {
  const codes: string[] = [];
  for (const { raw, path } of items) {
    const input = expectRecord(context, raw, path);
    if (!input) continue;
    const code = take(context, input, path, 'code');
    if (code === undefined) {
      warn(context, path, 'language_without_code');
      continue;
    }
    const checked = checkRecord(context, LANGUAGE_SCHEMA, { code: typeof code === 'string' ? code.toLowerCase() : code }, new Origins(path));
    if (!checked) continue;
    // The name says the same as the code; the id and links back only place it.
    markKnown(context, input, path, [...BACK_REFERENCES, 'id', 'name']);
    codes.push(checked.code);
  }
  return codes;
}
