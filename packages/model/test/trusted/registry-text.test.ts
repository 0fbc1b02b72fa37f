/**
 * A trusted-pointer list split by language (the widget ships Dutch, English and Arabic text
 * arrives with its language module): adding the text back gives exactly the list that was split,
 * and the Dutch part alone answers every question the whole list answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nationalRegistry from '../../../content/trusted/registry.json' with { type: 'json' };
import {
  TrustedTopicResolver,
  splitRegistryText,
  validateTrustedPointers,
  withRegistryText,
  type TrustedPointerList,
} from '../../src/index.ts';
import { RESIDENT_PHRASINGS } from './resident-phrasings.ts';

const TODAY = new Date(2026, 10, 25);

function valid(input: unknown): TrustedPointerList {
  const result = validateTrustedPointers(input);
  assert.ok(result.valid, JSON.stringify(!result.valid && result.problems.slice(0, 5)));
  return result.value;
}

const national = valid(nationalRegistry);
const { base, texts } = splitRegistryText(national, ['en', 'ar']);
const [english, arabic] = texts as [(typeof texts)[number], (typeof texts)[number]];

/** Every string anywhere in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('splitRegistryText and withRegistryText', () => {
  it('give back the national registry exactly, English then Arabic', () => {
    assert.deepStrictEqual(withRegistryText(withRegistryText(base, english), arabic), national);
  });

  it('keep in the Dutch part only Dutch display text, and every topic name and keyword', () => {
    assert.deepEqual(valid(base).text_languages, ['nl']);
    for (const pointer of base.pointers) {
      const display = [pointer.title, pointer.owner, pointer.why_trusted, ...(pointer.phones ?? []).flatMap((phone) => [phone.label, phone.hours])];
      for (const text of display) if (text && typeof text === 'object') assert.deepEqual(Object.keys(text), ['nl'], pointer.id);
    }
    assert.deepEqual(
      base.topics?.map(({ id, title, keywords, codes }) => ({ id, title, keywords, codes })),
      national.topics?.map(({ id, title, keywords, codes }) => ({ id, title, keywords, codes })),
    );
    assert.ok(base.topics?.every((topic) => !topic.description || Object.keys(topic.description).join() === 'nl'));
  });

  it('move every English and Arabic display text into its language’s part', () => {
    const moved = (language: 'en' | 'ar') =>
      national.pointers.flatMap((pointer) =>
        [pointer.title, pointer.owner, pointer.why_trusted, ...(pointer.phones ?? []).flatMap((phone) => [phone.label, phone.hours])].flatMap((text) =>
          text && typeof text === 'object' && text[language] ? [text[language]] : [],
        ),
      );
    for (const text of [english, arabic]) {
      assert.equal(text.complete, true);
      const inPart = new Set(strings(text.pointers));
      assert.deepEqual(moved(text.language).filter((value) => !inPart.has(value)), [], `${text.language} text left behind`);
      assert.equal(Object.keys(text.topics).length, national.topics?.filter((topic) => topic.description?.[text.language]).length);
    }
  });

  it('answer every resident’s question from the Dutch part alone as from the whole registry (same topics, same crisis lines)', () => {
    const whole = new TrustedTopicResolver(national);
    const dutchOnly = new TrustedTopicResolver(base);
    const ids = (resolver: TrustedTopicResolver, question: string) => {
      const answer = resolver.ask(question, { today: TODAY });
      return {
        topics: answer.topics.map((topic) => topic.id),
        crisis: answer.crisisLines.flatMap((line) => line.phones.map((phone) => phone.number)),
        found: resolver.find(question)?.id,
      };
    };
    for (const { question } of RESIDENT_PHRASINGS) assert.deepEqual(ids(dutchOnly, question), ids(whole, question), question);
  });

  it('handle a partner’s list: plain Dutch strings, a missing translation, a phone without hours', () => {
    const list = valid({
      text_languages: ['nl'],
      topics: [{ id: 'eenzaamheid', title: { nl: 'Eenzaamheid' }, description: { nl: 'Alleen.', ar: 'وحيد.' } }],
      pointers: [
        {
          id: 'buurtkamer',
          topic: 'eenzaamheid',
          title: 'Buurtkamer Selwerd',
          url: 'https://buurtkamer.example/',
          owner: { nl: 'Welzijn Selwerd', en: 'Selwerd welfare' },
          why_trusted: 'Dichtbij.',
          phones: [{ number: '050 123 4567', label: { nl: 'Balie', en: 'Desk' } }, { number: '112', label: 'Alarm', hours: { nl: 'Altijd', ar: 'دائمًا' } }],
          languages: ['nl'],
          audience: 'residents',
          urgency: 'information',
          date_added: '2026-11-20',
          review_interval_days: 180,
        },
      ],
    });
    const split = splitRegistryText(list, ['en', 'ar']);
    const [en, ar] = split.texts as [(typeof texts)[number], (typeof texts)[number]];
    assert.deepEqual(en, { language: 'en', complete: false, topics: {}, pointers: { buurtkamer: { owner: 'Selwerd welfare', phones: [{ label: 'Desk' }, {}] } } });
    assert.deepEqual(ar, { language: 'ar', complete: false, topics: { eenzaamheid: { description: 'وحيد.' } }, pointers: { buurtkamer: { phones: [{}, { hours: 'دائمًا' }] } } });
    assert.equal(split.base.pointers[0]!.title, 'Buurtkamer Selwerd');
    assert.deepEqual(split.base.pointers[0]!.phones![0], { number: '050 123 4567', label: { nl: 'Balie' } });
    assert.deepStrictEqual(withRegistryText(withRegistryText(split.base, en), ar), list);
    // Text for a pointer the list no longer has is left out, never an error.
    const stray = { ...en, pointers: { ...en.pointers, verdwenen: { title: 'Gone' } } };
    assert.deepStrictEqual(withRegistryText(split.base, stray).pointers, withRegistryText(split.base, en).pointers);
  });
});
