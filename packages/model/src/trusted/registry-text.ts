/**
 * A trusted-pointer list split by language, so a page downloads only the text it shows: the
 * base keeps the structure, the Dutch text and everything used to match a resident's question
 * (topic names and keywords in every language, since "lonely" works on a Dutch page too); each
 * other language's display text (descriptions, titles, owners, why trusted, the labels and
 * hours of phone and chat lines) goes into a text map of its own, added back with `withRegistryText` when it arrives.
 * `withRegistryText(base, en)` then `ar` gives back exactly the list that was split.
 */
import type { PointerChat, PointerPhone, TrustedPointer, TrustedPointerList } from '../trusted-pointer.ts';
import type { Topic } from './pointers.ts';
import type { LocalizedText, TextLanguage } from './text.ts';

/** A language's display text for a list, by topic id and pointer id (phone and chat lines by position). */
export interface RegistryText {
  language: Exclude<TextLanguage, 'nl'>;
  /** The list promised this language for every text (it was in `text_languages`). */
  complete: boolean;
  topics: Record<string, { description?: string }>;
  pointers: Record<string, { title?: string; owner?: string; why_trusted?: string; phones?: LineText[]; chats?: LineText[] }>;
}

/** The text of a phone or chat line. */
interface LineText {
  label?: string;
  hours?: string;
}
type PointerText = RegistryText['pointers'][string];
const LINE_LISTS = ['phones', 'chats'] as const;

/** The value without `language`, and that language's text (undefined when it has none). */
function takeLanguage(value: LocalizedText, language: TextLanguage): [LocalizedText, string | undefined] {
  if (typeof value === 'string' || value[language] === undefined) return [value, undefined];
  const { [language]: taken, ...rest } = value;
  return [rest as LocalizedText, taken];
}

/** Sets `key` when the text exists, so a text map holds no empty entries. */
function put<T extends object>(target: T, key: keyof T, text: string | undefined): void {
  if (text !== undefined) (target as Record<keyof T, string>)[key] = text;
}

/**
 * Moves the display text in `languages` out of the list: the base keeps Dutch, topic names and
 * keywords; one text map per language holds the rest. The base says `text_languages: ['nl']`.
 */
export function splitRegistryText(
  list: TrustedPointerList,
  languages: readonly Exclude<TextLanguage, 'nl'>[],
): { base: TrustedPointerList; texts: RegistryText[] } {
  const texts = languages.map((language): RegistryText => ({ language, complete: list.text_languages.includes(language), topics: {}, pointers: {} }));
  const topics = list.topics?.map((topic): Topic => {
    if (!topic.description) return topic;
    let description: LocalizedText = topic.description;
    for (const text of texts) {
      const [rest, taken] = takeLanguage(description, text.language);
      description = rest;
      if (taken !== undefined) text.topics[topic.id] = { description: taken };
    }
    return { ...topic, description: description as Topic['description'] };
  });
  const pointers = list.pointers.map((pointer): TrustedPointer => {
    const kept: TrustedPointer = { ...pointer };
    for (const lines of LINE_LISTS) if (pointer[lines]) (kept as Record<string, unknown>)[lines] = pointer[lines].map((line) => ({ ...line }));
    for (const text of texts) {
      const entry: PointerText = {};
      for (const field of ['title', 'owner', 'why_trusted'] as const) {
        const [rest, taken] = takeLanguage(kept[field], text.language);
        kept[field] = rest;
        put(entry, field, taken);
      }
      for (const lines of LINE_LISTS) {
        const lineTexts = (kept[lines] as (PointerPhone | PointerChat)[] | undefined)?.map((line): LineText => {
          const lineText: LineText = {};
          const [label, takenLabel] = takeLanguage(line.label, text.language);
          line.label = label;
          put(lineText, 'label', takenLabel);
          if (line.hours !== undefined) {
            const [hours, takenHours] = takeLanguage(line.hours, text.language);
            line.hours = hours;
            put(lineText, 'hours', takenHours);
          }
          return lineText;
        });
        if (lineTexts?.some((lineText) => Object.keys(lineText).length > 0)) entry[lines] = lineTexts;
      }
      if (Object.keys(entry).length > 0) text.pointers[pointer.id] = entry;
    }
    return kept;
  });
  return { base: { ...list, text_languages: ['nl'], ...(topics ? { topics } : {}), pointers }, texts };
}

/** The text with `translated` added in `language` (a plain string is Dutch). */
function addLanguage<T extends LocalizedText | undefined>(value: T, language: TextLanguage, translated: string | undefined): T {
  if (value === undefined || translated === undefined) return value;
  const text: LocalizedText = value;
  return { ...(typeof text === 'string' ? { nl: text } : text), [language]: translated } as T;
}

function lineWithText<T extends PointerPhone | PointerChat>(line: T, text: LineText | undefined, language: TextLanguage): T {
  if (!text) return line;
  const withText: T = { ...line, label: addLanguage(line.label, language, text.label) };
  if (line.hours !== undefined) withText.hours = addLanguage(line.hours, language, text.hours);
  return withText;
}

/** The list with a language's display text added; text for ids the list does not have is ignored. */
export function withRegistryText(list: TrustedPointerList, text: RegistryText): TrustedPointerList {
  const { language } = text;
  const topics = list.topics?.map((topic): Topic => {
    const description = text.topics[topic.id]?.description;
    return topic.description && description !== undefined ? { ...topic, description: { ...topic.description, [language]: description } } : topic;
  });
  const pointers = list.pointers.map((pointer): TrustedPointer => {
    const entry = text.pointers[pointer.id];
    if (!entry) return pointer;
    const withText: TrustedPointer = {
      ...pointer,
      title: addLanguage(pointer.title, language, entry.title),
      owner: addLanguage(pointer.owner, language, entry.owner),
      why_trusted: addLanguage(pointer.why_trusted, language, entry.why_trusted),
    };
    if (pointer.phones) withText.phones = pointer.phones.map((phone, index) => lineWithText(phone, entry.phones?.[index], language));
    if (pointer.chats) withText.chats = pointer.chats.map((chat, index) => lineWithText(chat, entry.chats?.[index], language));
    return withText;
  });
  const textLanguages = text.complete && !list.text_languages.includes(language) ? [...list.text_languages, language] : list.text_languages;
  return { ...list, text_languages: textLanguages, ...(topics ? { topics } : {}), pointers };
}
