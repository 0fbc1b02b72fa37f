/** The trusted-pointer schema: text per language, several numbers per pointer, a missing language named. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nationalRegistry from '../../../content/trusted/registry.json' with { type: 'json' };
import { inLanguage, missingLanguages, textIn, validateTrustedPointers } from '../../src/index.ts';

const MISSING = {
  nl: 'De tekst in deze taal ontbreekt. Volgens text_languages staat elke tekst in deze lijst ook in deze taal.',
  en: 'The text in this language is missing. According to text_languages, every text in this list is also in this language.',
};

/** A partner's pointer as they would write it: Dutch text only, no text_languages. */
const dutchOnly = () => ({
  id: 'buurtkamer',
  topic: 'eenzaamheid',
  title: 'Buurtkamer Selwerd',
  url: 'https://buurtkamer.example/',
  owner: 'Welzijn Selwerd',
  why_trusted: 'De buurtkamer van het welzijnswerk in de wijk.',
  phones: [{ number: '050 123 4567', label: 'Balie', hours: 'Maandag tot vrijdag 9:00-17:00' }],
  languages: ['nl'],
  audience: 'residents',
  urgency: 'information',
  date_added: '2026-11-20',
  review_interval_days: 180,
});

const problems = (input: unknown) => {
  const result = validateTrustedPointers(input);
  return result.valid ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message.en}`);
};

describe('trusted-pointer schema: text per language', () => {
  it('accepts the national registry, with every text in Dutch, English and Arabic', () => {
    assert.deepEqual(problems(nationalRegistry), []);
  });

  it('accepts a partner’s file in Dutch only, as plain strings', () => {
    assert.deepEqual(problems({ pointers: [dutchOnly()] }), []);
  });

  it('names each text that lacks a language the list promises, with its path, in Dutch and English', () => {
    const registry = structuredClone(nationalRegistry) as { pointers: Record<string, unknown>[]; topics: Record<string, unknown>[] };
    delete (registry.pointers[3]!.why_trusted as Record<string, string>).ar;
    registry.pointers[4]!.title = 'Alleen Nederlands';
    delete (registry.topics[0]!.description as Record<string, string>).ar;
    const result = validateTrustedPointers(registry);
    assert.equal(result.valid, false);
    if (result.valid) return;
    assert.deepEqual(result.problems.map((problem) => problem.path), [
      '$.topics[0].description.ar',
      '$.pointers[3].why_trusted.ar',
      '$.pointers[4].title.en',
      '$.pointers[4].title.ar',
    ]);
    assert.deepEqual(result.problems[0]!.message, MISSING);
  });

  it('checks phone labels and opening hours for each language too', () => {
    const list = { text_languages: ['nl', 'en'], pointers: [{ ...dutchOnly(), title: { nl: 'Buurtkamer', en: 'Neighbourhood room' }, owner: { nl: 'Welzijn', en: 'Welfare' }, why_trusted: { nl: 'Dichtbij.', en: 'Close by.' } }] };
    assert.deepEqual(problems(list), [`$.pointers[0].phones[0].label.en: ${MISSING.en}`, `$.pointers[0].phones[0].hours.en: ${MISSING.en}`]);
  });

  it('takes chat lines with a label and hours per language, on web pages only', () => {
    const chat = { url: 'https://buurtkamer.example/chat', label: { nl: 'Chat', en: 'Chat' }, hours: 'Maandag 9:00-12:00' };
    const list = {
      text_languages: ['nl', 'en'],
      pointers: [{ ...dutchOnly(), phones: undefined, chats: [chat], title: { nl: 'Buurtkamer', en: 'Room' }, owner: { nl: 'Welzijn', en: 'Welfare' }, why_trusted: { nl: 'Dichtbij.', en: 'Close by.' } }],
    };
    delete (list.pointers[0] as Record<string, unknown>).phones;
    assert.deepEqual(problems(list), [`$.pointers[0].chats[0].hours.en: ${MISSING.en}`]);
    const hostile = { pointers: [{ ...dutchOnly(), chats: [{ url: 'javascript:alert(1)', label: 'Chat' }] }] };
    assert.equal(problems(hostile).length, 1);
    assert.match(problems(hostile)[0]!, /^\$\.pointers\[0\]\.chats\[0\]\.url: /);
  });

  it('explains text in a shape it does not know, and the old single phone field', () => {
    assert.deepEqual(problems({ pointers: [{ ...dutchOnly(), owner: { en: 'No Dutch' } }] }), [
      '$.pointers[0].owner: Give text, or text per language: { "nl": "…", "en": "…", "ar": "…" } (Dutch is required).',
    ]);
    const { phones: _phones, ...withoutPhones } = dutchOnly();
    assert.deepEqual(problems({ pointers: [{ ...withoutPhones, phone: '0800-0113' }] }), ['$.pointers[0].phone: Unknown field: this field does not belong here.']);
    assert.deepEqual(problems({ pointers: [{ ...dutchOnly(), phones: [{ number: '0800-0113' }] }] }), ['$.pointers[0].phones[0].label: This field is missing.']);
    assert.deepEqual(problems({ pointers: [{ ...dutchOnly(), phones: [] }] }), ['$.pointers[0].phones: Give at least one.']);
  });

  it('takes a topic’s words as a Dutch list or per language', () => {
    const topic = (keywords: unknown) => ({ topics: [{ id: 'eenzaamheid', title: { nl: 'Eenzaamheid' }, keywords }], pointers: [dutchOnly()] });
    assert.deepEqual(problems(topic(['alleen'])), []);
    assert.deepEqual(problems(topic({ nl: ['alleen'], en: ['lonely'], ar: ['وحيد'] })), []);
    assert.equal(problems(topic({ de: ['einsam'] })).length, 1);
  });
});

describe('text in the widget’s language', () => {
  it('gives the translation, or Dutch and says so', () => {
    assert.deepEqual(inLanguage({ nl: 'Gratis', en: 'Free' }, 'en'), { text: 'Free', lang: 'en' });
    assert.deepEqual(inLanguage({ nl: 'Gratis', en: 'Free' }, 'ar'), { text: 'Gratis', lang: 'nl' });
    assert.deepEqual(inLanguage('Balie', 'ar'), { text: 'Balie', lang: 'nl' });
    assert.equal(textIn({ nl: 'Gratis', ar: 'مجاني' }, 'ar'), 'مجاني');
    assert.deepEqual(missingLanguages('Balie', ['nl', 'en', 'ar']), ['en', 'ar']);
  });
});
