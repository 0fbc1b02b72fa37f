/**
 * The national registry's words per language against questions as residents type them: every
 * urgent question must put its crisis topic first (and bring its numbers to call at once); the
 * hit rate over all questions is printed, per language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nationalRegistry from '../../../content/trusted/registry.json' with { type: 'json' };
import { TrustedTopicResolver, validateTrustedPointers } from '../../src/index.ts';
import { RESIDENT_PHRASINGS } from './resident-phrasings.ts';

const TODAY = new Date(2026, 10, 25);
/** Below this share of first-place hits over all questions the words per language need work. */
const MIN_HIT_RATE = 0.9;

describe('resident phrasings against the national registry', () => {
  const validation = validateTrustedPointers(nationalRegistry);
  assert.ok(validation.valid);
  const national = new TrustedTopicResolver(validation.value);
  const firstFor = (question: string) => national.search(question)[0]?.id;

  it('has at least 60 questions, at least 15 in each of Dutch, English and Arabic', () => {
    assert.ok(RESIDENT_PHRASINGS.length >= 60, `${RESIDENT_PHRASINGS.length} questions`);
    for (const language of ['nl', 'en', 'ar'] as const) {
      assert.ok(RESIDENT_PHRASINGS.filter((row) => row.language === language).length >= 15, language);
    }
  });

  for (const row of RESIDENT_PHRASINGS.filter(({ first }) => national.isUrgent(national.find(first)!))) {
    it(`urgent (${row.language}): "${row.question}" puts ${row.first} first and shows its numbers at once`, () => {
      assert.equal(firstFor(row.question), row.first);
      const answer = national.ask(row.question, { today: TODAY });
      assert.equal(answer.urgent[0]?.id, row.first);
      assert.ok(answer.crisisLines.length > 0);
    });
  }

  it(`puts the expected topic first for at least ${MIN_HIT_RATE * 100}% of all questions (hit rate printed)`, () => {
    const misses = RESIDENT_PHRASINGS.filter((row) => firstFor(row.question) !== row.first);
    for (const language of ['nl', 'en', 'ar'] as const) {
      const rows = RESIDENT_PHRASINGS.filter((row) => row.language === language);
      const hits = rows.filter((row) => firstFor(row.question) === row.first).length;
      console.log(`trusted topics, ${language}: ${hits}/${rows.length} first-place hits (${((hits / rows.length) * 100).toFixed(0)}%)`);
    }
    const rate = 1 - misses.length / RESIDENT_PHRASINGS.length;
    console.log(`trusted topics, all: ${RESIDENT_PHRASINGS.length - misses.length}/${RESIDENT_PHRASINGS.length} (${(rate * 100).toFixed(1)}%)`);
    for (const miss of misses) console.log(`  miss (${miss.language}): "${miss.question}" → ${firstFor(miss.question) ?? 'nothing'}, expected ${miss.first}`);
    assert.ok(rate >= MIN_HIT_RATE, `hit rate ${rate}`);
  });
});
