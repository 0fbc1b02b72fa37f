/** The trusted-topic resolver: words, ids and GP codes to topics, and what to show for them, crisis lines first. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import nationalRegistry from '../../../content/trusted/registry.json' with { type: 'json' };
import {
  TrustedTopicResolver,
  findTopic,
  findTopicByCode,
  searchTopics,
  validateTrustedPointers,
  type CrisisLine,
  type PointerPhone,
  type Topic,
  type TrustedPointer,
  type TrustedPointerList,
} from '../../src/index.ts';

const TODAY = new Date(2026, 10, 25);

function pointer(id: string, topic: string, extra: Partial<TrustedPointer> = {}): TrustedPointer {
  return {
    id,
    topic,
    title: `Bron ${id}`,
    url: `https://${id}.example/`,
    owner: `Eigenaar ${id}`,
    why_trusted: `Waarom ${id} betrouwbaar is.`,
    languages: ['nl'],
    audience: 'residents',
    urgency: 'information',
    date_added: '2026-11-01',
    last_checked_ok: null,
    review_interval_days: 365,
    scope: 'national',
    ...extra,
  };
}

function phone(number: string): PointerPhone {
  return { number, label: { nl: 'Bellen', en: 'Call', ar: 'اتصل' } };
}

/** Two topics share the word "zorgen om iemand"; only one of them has a crisis line. */
const registry: TrustedPointerList = {
  text_languages: ['nl'],
  topics: [
    { id: 'mantelzorg', title: { nl: 'Mantelzorg', en: 'Caring for someone' }, keywords: ['zorgen om iemand', 'overbelast'], codes: ['ICPC:Z14'] },
    { id: 'eenzaamheid', title: { nl: 'Eenzaamheid', en: 'Loneliness' }, description: { nl: 'Als u zich alleen voelt.' }, keywords: ['alleen', 'Één'], codes: ['ICPC:P29'] },
    { id: 'zelfmoordgedachten', title: { nl: 'Zelfmoordgedachten' }, keywords: { nl: ['zorgen om iemand', 'dood willen'], en: ['suicide'] }, codes: ['ICPC:P77'] },
    { id: 'huiselijk-geweld-en-kindermishandeling', title: { nl: 'Huiselijk geweld' }, keywords: { nl: ['thuis niet veilig', 'man slaat'], ar: ['زوجي يضربني'] } },
    { id: 'geldzorgen-en-schulden', title: { nl: 'Geldzorgen en schulden', en: 'Money worries and debt' }, keywords: { nl: ['rekeningen', 'geldzorgen'], en: ['debt'] } },
  ],
  pointers: [
    pointer('mantelzorgnl', 'mantelzorg'),
    pointer('een', 'eenzaamheid'),
    pointer('luisterlijn', 'eenzaamheid', { urgency: 'soon', phones: [phone('088-0767000')] }),
    pointer('113', 'zelfmoordgedachten', { urgency: 'now', phones: [phone('0800-0113'), phone('113')] }),
    pointer('112-zelfmoord', 'zelfmoordgedachten', { urgency: 'now', phones: [phone('112')] }),
    pointer('thuisarts', 'zelfmoordgedachten'),
    pointer('veilig-thuis', 'huiselijk-geweld-en-kindermishandeling', { urgency: 'now', phones: [phone('0800-2000')] }),
    pointer('112-geweld', 'huiselijk-geweld-en-kindermishandeling', { urgency: 'now', phones: [phone('1 1 2')] }),
    pointer('geweld-info', 'huiselijk-geweld-en-kindermishandeling', { urgency: 'now' }),
    pointer('geldfit', 'geldzorgen-en-schulden', { urgency: 'soon' }),
  ],
};

const resolver = new TrustedTopicResolver(registry);
const ids = (topics: readonly (Topic | undefined)[]) => topics.map((topic) => topic?.id);
const numbers = (lines: readonly CrisisLine[]) => lines.flatMap((line) => line.phones.map((phone) => phone.number));

describe('TrustedTopicResolver: finding a topic', () => {
  it('finds a topic by its id, by a word residents use (any case or accents) and by a part of its id', () => {
    assert.equal(resolver.find('eenzaamheid')?.id, 'eenzaamheid');
    assert.equal(resolver.find('  Alleen ')?.id, 'eenzaamheid');
    assert.equal(resolver.find('een')?.id, 'eenzaamheid');
    assert.equal(resolver.find('geweld')?.id, 'huiselijk-geweld-en-kindermishandeling');
    assert.equal(resolver.find('vulkanen'), undefined);
    assert.equal(resolver.find('   '), undefined);
  });

  it('never takes a little word inside an id ("en", "het") for a topic', () => {
    assert.equal(resolver.find('en'), undefined);
    assert.equal(findTopic(registry.topics!, 'en'), undefined);
  });

  it('gives a word that fits several topics to the one where help may be urgent', () => {
    assert.equal(resolver.find('zorgen om iemand')?.id, 'zelfmoordgedachten');
    // Without pointers there is no urgency to weigh: the registry's order decides.
    assert.equal(findTopic(registry.topics!, 'zorgen om iemand')?.id, 'mantelzorg');
  });

  it('finds the topic a GP code leads to, written in full, bare or in lower case', () => {
    assert.deepEqual(ids(['ICPC:P29', 'p29', ' P77 '].map((code) => resolver.findByCode(code))), ['eenzaamheid', 'eenzaamheid', 'zelfmoordgedachten']);
    assert.equal(resolver.findByCode('ICPC:Z99'), undefined);
    assert.equal(findTopicByCode(registry.topics!, 'z14')?.id, 'mantelzorg');
  });
});

describe('TrustedTopicResolver: a page’s request', () => {
  it('takes the code first, then the topic, then each of the topics, each topic once', () => {
    const resolution = resolver.resolve({ code: 'P77', topic: 'zelfmoordgedachten', topics: 'rekeningen  alleen zelfmoordgedachten' });
    assert.deepEqual(ids(resolution.topics), ['zelfmoordgedachten', 'geldzorgen-en-schulden', 'eenzaamheid']);
    assert.deepEqual(resolution.unresolved, []);
    assert.equal(resolution.ask, false);
  });

  it('takes a topic of several words as one, and says which words and codes lead nowhere', () => {
    const resolution = resolver.resolve({ topic: 'dood willen', topics: 'vulkanen', code: 'ICPC:Z99' });
    assert.deepEqual(ids(resolution.topics), ['zelfmoordgedachten']);
    assert.deepEqual(resolution.unresolved, [
      { kind: 'unknownCode', code: 'ICPC:Z99' },
      { kind: 'unknownTopic', asked: 'vulkanen' },
    ]);
  });

  it('asks the resident when the page says so or asks for nothing, not when only unknown words were asked', () => {
    assert.equal(resolver.resolve({}).ask, true);
    assert.equal(resolver.resolve({ topic: ' ', topics: '', code: null }).ask, true);
    assert.equal(resolver.resolve({ mode: 'ask', topic: 'alleen' }).ask, true);
    assert.equal(resolver.resolve({ topic: 'vulkanen' }).ask, false);
  });
});

describe('TrustedTopicResolver: searching topics', () => {
  it('finds topics by their names and words in any of the three languages, whatever the page’s language', () => {
    assert.deepEqual(ids(resolver.search('rekeningen')), ['geldzorgen-en-schulden']);
    assert.deepEqual(ids(resolver.search('debt')), ['geldzorgen-en-schulden']);
    assert.deepEqual(ids(resolver.search('Loneliness')), ['eenzaamheid']);
    assert.deepEqual(ids(searchTopics(registry.topics!, 'alleen')), ['eenzaamheid']);
  });

  it('puts a topic with crisis lines first when the question is clearly about it', () => {
    // "zorgen" alone is part of two phrases: no topic is clearly meant, so urgency only breaks the tie (and no numbers pop up).
    assert.deepEqual(ids(resolver.search('zorgen')), ['zelfmoordgedachten', 'mantelzorg']);
    // A resident's longer form or compound of a topic's word counts, a short word inside a long one does not.
    assert.deepEqual(ids(resolver.search('geldzorgen')), ['geldzorgen-en-schulden', 'zelfmoordgedachten', 'mantelzorg']);
    assert.deepEqual(ids(resolver.search('kind')), []);
    assert.deepEqual(ids(resolver.search('ik maak me zorgen om iemand')), ['zelfmoordgedachten', 'mantelzorg']);
    assert.deepEqual(ids(resolver.search('mijn man slaat mij')), ['huiselijk-geweld-en-kindermishandeling']);
  });

  it('reads Arabic without vowel marks or with them, and with the article and endings attached', () => {
    assert.deepEqual(ids(resolver.search('زَوْجِي يَضْرِبُنِي')), ['huiselijk-geweld-en-kindermishandeling']);
    assert.deepEqual(ids(resolver.search('يضربني زوجي كل يوم')), ['huiselijk-geweld-en-kindermishandeling']);
  });

  it('offers every topic, in the registry’s order, before anything is typed', () => {
    assert.deepEqual(ids(resolver.search(' ')), ids(registry.topics!));
  });

  it('in "ask" mode gives the numbers to call at once for a clearly urgent question, and none otherwise', () => {
    const urgent = resolver.ask('al weken dood willen', { today: TODAY });
    assert.deepEqual(ids(urgent.urgent), ['zelfmoordgedachten']);
    assert.deepEqual(numbers(urgent.crisisLines), ['0800-0113', '113', '112']);
    assert.deepEqual(numbers(resolver.ask('rekeningen', { today: TODAY }).crisisLines), []);
    assert.deepEqual(numbers(resolver.ask('zorgen', { today: TODAY }).crisisLines), []);
    assert.deepEqual(resolver.ask('', { today: TODAY }).topics.length, registry.topics!.length);
  });
});

describe('TrustedTopicResolver: the answer', () => {
  it('gathers the numbers to call above the topics, each number once', () => {
    const { topics } = resolver.resolve({ topics: 'eenzaamheid zelfmoordgedachten geweld' });
    const answer = resolver.answer(topics, { today: TODAY });
    assert.deepEqual(answer.crisisLines.map((line) => line.pointer.id), ['113', '112-zelfmoord', 'veilig-thuis']);
    // 113 has two numbers, both shown; "1 1 2" is 112 again, so the second 112 line goes.
    assert.deepEqual(numbers(answer.crisisLines), ['0800-0113', '113', '112', '0800-2000']);
    assert.deepEqual(ids(answer.entries.map((entry) => entry.topic)), ['eenzaamheid', 'zelfmoordgedachten', 'huiselijk-geweld-en-kindermishandeling']);
    // Each topic still lists its own crisis lines first.
    assert.deepEqual(answer.entries[2]!.pointers.map((item) => item.id), ['veilig-thuis', '112-geweld', 'geweld-info']);
  });

  it('puts a partner’s own pointers beside the national ones, marked local, before national ones as urgent', () => {
    const withLocal = new TrustedTopicResolver(registry, [pointer('wijkteam', 'eenzaamheid', { scope: 'national' }), pointer('buurtlijn', 'eenzaamheid', { urgency: 'soon' })]);
    const [entry] = withLocal.answer([withLocal.find('eenzaamheid')!], { today: TODAY }).entries;
    assert.deepEqual(entry!.pointers.map((item) => `${item.id}:${item.scope}`), ['buurtlijn:local', 'luisterlijn:national', 'wijkteam:local', 'een:national']);
  });

  it('weighs a partner’s urgent pointer when a word fits several topics', () => {
    const withLocal = new TrustedTopicResolver({ ...registry, pointers: [] }, [pointer('mantelzorglijn', 'mantelzorg', { urgency: 'soon' })]);
    assert.equal(withLocal.find('zorgen om iemand')?.id, 'mantelzorg');
  });

  it('marks pointers overdue for review, or leaves them out', () => {
    const stale = new TrustedTopicResolver({ ...registry, pointers: [pointer('oud', 'eenzaamheid', { date_added: '2024-01-01', review_interval_days: 180 }), pointer('vers', 'eenzaamheid')] });
    const topic = [stale.find('eenzaamheid')!];
    assert.deepEqual(stale.answer(topic, { today: TODAY }).entries[0]!.pointers.map((item) => `${item.id}:${item.overdue}`), ['oud:true', 'vers:false']);
    assert.deepEqual(stale.answer(topic, { today: TODAY, hideOverdue: true }).entries[0]!.pointers.map((item) => item.id), ['vers']);
  });
});

describe('TrustedTopicResolver with the national registry', () => {
  const validation = validateTrustedPointers(nationalRegistry);
  assert.ok(validation.valid);
  const national = new TrustedTopicResolver(validation.value);

  it('leads a resident’s words and the GP code for suicidal thoughts to 113 and 112, above all else', () => {
    for (const request of [{ topic: 'zelfmoord' }, { topic: 'er niet meer willen zijn' }, { code: 'ICPC:P77' }]) {
      const { topics } = national.resolve(request);
      assert.deepEqual(ids(topics), ['zelfmoordgedachten'], JSON.stringify(request));
      assert.deepEqual(numbers(national.answer(topics, { today: TODAY }).crisisLines), ['0800-0113', '113', '112']);
    }
  });

  it('shows 112 once when two urgent topics both list it', () => {
    const { topics } = national.resolve({ topics: 'zelfmoordgedachten huiselijk-geweld-en-kindermishandeling' });
    assert.deepEqual(numbers(national.answer(topics, { today: TODAY }).crisisLines), ['0800-0113', '113', '112', '0800-2000']);
  });

  // Each of these gave "Geen onderwerp gevonden", or ranked the urgent topic low, before words per language.
  for (const [question, expected] of [
    ['suïcide', 'zelfmoordgedachten'],
    ['suicide', 'zelfmoordgedachten'],
    ['depressief', 'psychische-klachten'],
    ['mijn man slaat mij', 'huiselijk-geweld-en-kindermishandeling'],
    ['lonely', 'eenzaamheid'],
  ] as const) {
    it(`puts ${expected} first for "${question}"`, () => {
      assert.equal(national.search(question)[0]?.id, expected);
    });
  }

  it('takes what residents write in the topic attribute, in any spelling or language, to the topic', () => {
    for (const [asked, expected] of [
      ['Suïcide', 'zelfmoordgedachten'],
      ['dood willen', 'zelfmoordgedachten'],
      ['mijn man slaat mij', 'huiselijk-geweld-en-kindermishandeling'],
      ['انتحار', 'zelfmoordgedachten'],
      ['lonely', 'eenzaamheid'],
      ['debt', 'geldzorgen-en-schulden'],
    ] as const) {
      assert.equal(national.find(asked)?.id, expected, asked);
    }
    assert.deepEqual(ids(national.resolve({ topics: 'suicide lonely' }).topics), ['zelfmoordgedachten', 'eenzaamheid']);
  });

  it('shows the crisis lines at once when a question in "ask" mode is urgent', () => {
    for (const question of ['suïcide', 'ik wil niet meer leven', 'mijn man slaat mij', 'I want to die', 'زوجي يضربني']) {
      const answer = national.ask(question, { today: TODAY });
      assert.ok(answer.crisisLines.length > 0, question);
      assert.ok(numbers(answer.crisisLines).includes('112'), question);
    }
    assert.deepEqual(national.ask('lonely', { today: TODAY }).crisisLines, []);
  });

  it('does not show crisis lines for a calm question that shares a word with an urgent one', () => {
    // "die" is a small word in Dutch but not in English: "want to die" must keep it.
    for (const question of ['I want to talk about dying', 'ik wil praten over de dood', 'end of life wishes', 'ik maak me zorgen om mijn kind', 'أريد الحديث عن الموت']) {
      assert.deepEqual(national.ask(question, { today: TODAY }).crisisLines, [], question);
    }
  });
});
