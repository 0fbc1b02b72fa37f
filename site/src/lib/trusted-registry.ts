/**
 * The national registry of trusted sources (packages/content/trusted/registry.json), read at build
 * time for the fallback inside `<wijk-trusted-info>`: crisis lines as numbers to call and the
 * topics with their sources, for a visitor whose browser never runs the widget.
 *
 * Read leniently, not through the model's schema: the registry is moving from Dutch-only texts
 * (`title: "…"`, one `phone`) to texts per language (`title: { nl, en, ar }`) and several
 * numbers per source (`phones: [{ number, label, hours }]`), and this page must build with
 * either. What a language lacks falls back to Dutch for names, and is left out for sentences.
 */
import type { FallbackLanguage } from '../i18n/fallback.ts';
import { telHref, webHref } from '@wijkwijzer/model';

/** The registry as the build reads it; the functions below also take another one (a test's). */
function registryFile(): unknown {
  const files = import.meta.glob<unknown>('../../../packages/content/trusted/registry.json', { eager: true, import: 'default' });
  return Object.values(files)[0];
}

/** The crisis lines every trusted-info fallback shows, whatever its topic: 113 and 112. */
const ALWAYS_URGENT_TOPIC = 'zelfmoordgedachten';

/** A text in one language; `lang` is set when it is another language than the one asked for. */
export interface Text {
  text: string;
  lang: FallbackLanguage | undefined;
}

export interface PhoneLine {
  number: string;
  href: string;
  label: Text | undefined;
  hours: Text | undefined;
}

export interface CrisisLine extends PhoneLine {
  /** Whose line it is, e.g. "113 Zelfmoordpreventie". */
  name: Text;
}

export interface Source {
  id: string;
  title: Text;
  url: string;
  owner: Text | undefined;
  /** Only in the language asked for: a Dutch sentence on an English page helps nobody. */
  whyTrusted: Text | undefined;
  phones: PhoneLine[];
  chats: ChatLine[];
}

export interface ChatLine {
  href: string;
  label: Text | undefined;
  hours: Text | undefined;
}

export interface TopicSources {
  id: string;
  title: Text;
  sources: Source[];
}

type Localised = string | Partial<Record<FallbackLanguage, string>>;

interface RawPhone {
  number?: unknown;
  label?: unknown;
  hours?: unknown;
}

interface RawPointer {
  id?: unknown;
  topic?: unknown;
  title?: unknown;
  url?: unknown;
  owner?: unknown;
  why_trusted?: unknown;
  phone?: unknown;
  phones?: unknown;
  chats?: unknown;
  urgency?: unknown;
  scope?: unknown;
}

interface RawTopic {
  id?: unknown;
  title?: unknown;
}

function isLocalised(value: unknown): value is Localised {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/**
 * A name in the language asked for, else in Dutch (marked as Dutch). A plain string is the old,
 * Dutch-only shape.
 */
function nameIn(value: unknown, language: FallbackLanguage): Text | undefined {
  if (!isLocalised(value)) return undefined;
  if (typeof value === 'string') return value.trim() ? { text: value, lang: language === 'nl' ? undefined : 'nl' } : undefined;
  const own = value[language];
  if (typeof own === 'string' && own.trim()) return { text: own, lang: undefined };
  const dutch = value.nl;
  return typeof dutch === 'string' && dutch.trim() ? { text: dutch, lang: 'nl' } : undefined;
}

/** A sentence only in the language asked for. */
function sentenceIn(value: unknown, language: FallbackLanguage): Text | undefined {
  const found = nameIn(value, language);
  return found && !found.lang ? found : undefined;
}


function phonesOf(pointer: RawPointer, language: FallbackLanguage): PhoneLine[] {
  const raw: RawPhone[] = Array.isArray(pointer.phones)
    ? (pointer.phones as unknown[]).map((phone) => (typeof phone === 'string' ? { number: phone } : ((phone ?? {}) as RawPhone)))
    : typeof pointer.phone === 'string'
      ? [{ number: pointer.phone }]
      : [];
  return raw.flatMap((phone) => {
    const number = typeof phone.number === 'string' ? phone.number.trim() : '';
    const href = number ? telHref(number) : undefined;
    return href ? [{ number, href, label: sentenceIn(phone.label, language), hours: sentenceIn(phone.hours, language) }] : [];
  });
}

function chatsOf(pointer: RawPointer, language: FallbackLanguage): ChatLine[] {
  const raw = Array.isArray(pointer.chats) ? (pointer.chats as unknown[]) : [];
  return raw.flatMap((chat) => {
    const { url, label, hours } = (chat ?? {}) as { url?: unknown; label?: unknown; hours?: unknown };
    const href = typeof url === 'string' ? webHref(url) : undefined;
    return href ? [{ href, label: sentenceIn(label, language), hours: sentenceIn(hours, language) }] : [];
  });
}

/** "113 Zelfmoordpreventie (bel 113 of gratis 0800-0113)" → "113 Zelfmoordpreventie": the numbers are shown beside it. */
function withoutNumbersInBrackets(name: Text): Text {
  const short = name.text.replace(/\s*\([^)]*\d[^)]*\)\s*$/, '');
  return short ? { ...name, text: short } : name;
}

interface Registry {
  topics: RawTopic[];
  pointers: RawPointer[];
}

function registry(file: unknown): Registry {
  const data = file as { topics?: unknown; pointers?: unknown } | undefined;
  if (!data || !Array.isArray(data.pointers)) throw new Error('packages/content/trusted/registry.json: no list of pointers');
  return { topics: Array.isArray(data.topics) ? (data.topics as RawTopic[]) : [], pointers: data.pointers as RawPointer[] };
}

/**
 * Numbers to call now: 113 and 112 always, then every number the registry marks urgent ("now")
 * for the given topics (all topics when none are given). Each number once.
 */
export function crisisLines(language: FallbackLanguage, topics?: readonly string[], file: unknown = registryFile()): CrisisLine[] {
  const wanted = topics ? new Set([ALWAYS_URGENT_TOPIC, ...topics]) : undefined;
  const { pointers } = registry(file);
  const urgent = pointers.filter((pointer) => pointer.urgency === 'now' && (!wanted || wanted.has(String(pointer.topic))));
  // The always-shown lines first, in the registry's order.
  urgent.sort((a, b) => Number(b.topic === ALWAYS_URGENT_TOPIC) - Number(a.topic === ALWAYS_URGENT_TOPIC));
  const seen = new Set<string>();
  const lines: CrisisLine[] = [];
  for (const pointer of urgent) {
    const name = nameIn(pointer.title, language);
    if (!name) continue;
    for (const phone of phonesOf(pointer, language)) {
      if (seen.has(phone.href)) continue;
      seen.add(phone.href);
      lines.push({ ...phone, name: withoutNumbersInBrackets(name) });
    }
  }
  return lines;
}

/** The topics (all, or the given ones in that order) with their national sources. */
export function topicSources(language: FallbackLanguage, topics?: readonly string[], file: unknown = registryFile()): TopicSources[] {
  const data = registry(file);
  const known = data.topics.filter((topic): topic is RawTopic & { id: string } => typeof topic.id === 'string');
  const chosen = topics ? topics.flatMap((id) => known.filter((topic) => topic.id === id)) : known;
  return chosen.map((topic) => ({
    id: topic.id,
    title: nameIn(topic.title, language) ?? { text: topic.id, lang: undefined },
    sources: data.pointers
      .filter((pointer) => pointer.topic === topic.id && pointer.scope !== 'local')
      .flatMap((pointer) => {
        const url = typeof pointer.url === 'string' ? webHref(pointer.url) : undefined;
        const title = nameIn(pointer.title, language);
        if (!url || !title || typeof pointer.id !== 'string') return [];
        return [{ id: pointer.id, title, url, owner: nameIn(pointer.owner, language), whyTrusted: sentenceIn(pointer.why_trusted, language), phones: phonesOf(pointer, language), chats: chatsOf(pointer, language) }];
      }),
  }));
}
