/**
 * Building blocks shared by the four content schemas. Every custom check carries a
 * message key from `messages.ts`, so problems can be explained in Dutch and English.
 */
import * as v from 'valibot';

/** Trimmed text that has at least one visible character. */
export const text = () => v.pipe(v.string(), v.trim(), v.nonEmpty('empty_text'), v.maxLength(20_000));

/** Short label text (names, titles). */
export const label = () => v.pipe(v.string(), v.trim(), v.nonEmpty('empty_text'), v.maxLength(300));

/** Stable identifier: lower-case letters, digits and dashes (kebab-case) or a UUID. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9_-]{0,126}[a-z0-9])?$/;
export const id = () => v.pipe(v.string(), v.regex(ID_PATTERN, 'id_format'));

/** Identifier as partners' systems write them (HSDS uses UUIDs, but any non-empty string is accepted). */
export const foreignId = () => v.pipe(v.string(), v.trim(), v.nonEmpty('empty_text'), v.maxLength(200));

const SAFE_WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** Whether a string is an absolute http(s) URL; the only links a widget lets leave to the web. */
export function isWebUrl(value: string): boolean {
  try {
    return SAFE_WEB_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Image or file address: absolute http(s), or relative to the content file (never javascript: or data:). */
export function isSafeResourceAddress(value: string): boolean {
  try {
    return SAFE_WEB_PROTOCOLS.has(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

export const resourceAddress = () => v.pipe(v.string(), v.trim(), v.check(isSafeResourceAddress, 'resource_address'));

export const webUrl = () => v.pipe(v.string(), v.trim(), v.check(isWebUrl, 'web_url'));

export const email = () => v.pipe(v.string(), v.trim(), v.email('email'));

/** Phone number as people write it: digits, spaces, +, -, parentheses. */
export const phoneNumber = () =>
  v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ()-]{3,32}$/, 'phone'), v.check((value) => /\d{3}/.test(value.replace(/\D/g, '')), 'phone'));

/** Whether a YYYY-MM-DD date exists in the calendar (valibot's isoDate checks only the pattern). */
export function isExistingDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Calendar date, YYYY-MM-DD, that exists. */
export const isoDate = () => v.pipe(v.string(), v.isoDate('iso_date'), v.check(isExistingDate, 'iso_date'));

/** Date or date-time as ISO 8601 (HSDS's last_modified is a date-time). */
export const isoDateOrDateTime = () =>
  v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value)) && isExistingDate(value), 'iso_date_time'),
  );

/** BCP 47 language tag such as nl, en, ar, tr or pap. */
export const languageTag = () => v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language_tag'));

/** A list of unique strings. */
export const uniqueList = <T extends v.GenericSchema<unknown, string | number>>(item: T) =>
  v.pipe(
    v.array(item),
    v.check((items) => new Set(items).size === items.length, 'duplicates'),
  );

export const nonEmptyUniqueList = <T extends v.GenericSchema<unknown, string | number>>(item: T) =>
  v.pipe(uniqueList(item), v.minLength(1, 'at_least_one'));

/** Whether every object in a list has a different `id`. */
export function idsAreUnique(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}
