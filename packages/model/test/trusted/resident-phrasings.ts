/**
 * Questions as residents type them, in Dutch, English and Arabic (spelling slips, no accents,
 * whole sentences), with the topic that should come first. Written apart from the registry's
 * keywords: a held-out check of how well the words per language cover what people say.
 */
export interface Phrasing {
  language: 'nl' | 'en' | 'ar';
  question: string;
  first: string;
}

const SUICIDE = 'zelfmoordgedachten';
const VIOLENCE = 'huiselijk-geweld-en-kindermishandeling';
const LONELINESS = 'eenzaamheid';
const MONEY = 'geldzorgen-en-schulden';
const MENTAL = 'psychische-klachten';
const DEMENTIA = 'dementie';
const PARENTING = 'opvoeden';
const YOUNG = 'jongeren';
const HOUSING = 'wonen';
const CARING = 'mantelzorg';
const HEALTHY = 'bewegen-en-gezond-leven';
const ALCOHOL = 'alcohol-en-drugs';
const PREGNANCY = 'zwangerschap-en-eerste-1000-dagen';
const END_OF_LIFE = 'praten-over-het-levenseinde';
const GP = 'gezondheidsvragen-huisarts';

const nl = (question: string, first: string): Phrasing => ({ language: 'nl', question, first });
const en = (question: string, first: string): Phrasing => ({ language: 'en', question, first });
const ar = (question: string, first: string): Phrasing => ({ language: 'ar', question, first });

export const RESIDENT_PHRASINGS: readonly Phrasing[] = [
  nl('suïcide', SUICIDE),
  nl('suicide', SUICIDE),
  nl('zelfmoord', SUICIDE),
  nl('ik wil dood', SUICIDE),
  nl('ik wil niet meer leven', SUICIDE),
  nl('ik denk aan zelfmoord', SUICIDE),
  nl('ik zie het niet meer zitten', SUICIDE),
  nl('Ik wil er niet meer zijn', SUICIDE),
  nl('mijn man slaat mij', VIOLENCE),
  nl('ik ben bang thuis', VIOLENCE),
  nl('mijn vriend slaat me', VIOLENCE),
  nl('huiselijk geweld', VIOLENCE),
  nl('ik voel me niet veilig thuis', VIOLENCE),
  nl('depressief', MENTAL),
  nl('ik voel me somber', MENTAL),
  nl('ik heb last van paniekaanvallen', MENTAL),
  nl('ik voel me zo eenzaam', LONELINESS),
  nl('ik heb schulden', MONEY),
  nl('ik kan mijn rekeningen niet betalen', MONEY),
  nl('mijn moeder vergeet steeds meer', DEMENTIA),
  nl('ik zorg voor mijn zieke vader', CARING),
  nl('schimmel in mijn huurhuis', HOUSING),
  nl('ik drink te veel', ALCOHOL),
  nl('ik ben zwanger', PREGNANCY),
  nl('ik wil stoppen met roken', HEALTHY),
  nl('wanneer moet ik naar de huisarts', GP),
  nl('ik word gepest op school', YOUNG),
  nl('mijn kind luistert niet', PARENTING),
  nl('praten over wensen voor mijn levenseinde', END_OF_LIFE),

  en('suicide', SUICIDE),
  en('I want to die', SUICIDE),
  en("I don't want to live anymore", SUICIDE),
  en('thinking about killing myself', SUICIDE),
  en('suicidal thoughts', SUICIDE),
  en('my husband hits me', VIOLENCE),
  en('I am scared at home', VIOLENCE),
  en('domestic violence', VIOLENCE),
  en('my partner abuses me', VIOLENCE),
  en('lonely', LONELINESS),
  en('I feel very lonely', LONELINESS),
  en('I am depressed', MENTAL),
  en('panic attacks', MENTAL),
  en('I have debts', MONEY),
  en("I can't pay my bills", MONEY),
  en('my mother has dementia', DEMENTIA),
  en('I look after my sick father', CARING),
  en('mould in my flat', HOUSING),
  en("I'm pregnant", PREGNANCY),
  en('how do I stop smoking', HEALTHY),
  en("my child won't listen", PARENTING),
  en('I drink too much', ALCOHOL),
  en('I am being bullied at school', YOUNG),
  en('end of life wishes', END_OF_LIFE),
  en('I need a doctor', GP),

  ar('انتحار', SUICIDE),
  ar('أفكر في الانتحار', SUICIDE),
  ar('أريد أن أموت', SUICIDE),
  ar('لا أريد أن أعيش', SUICIDE),
  ar('الانتحار', SUICIDE),
  ar('زوجي يضربني', VIOLENCE),
  ar('لا أشعر بالأمان في البيت', VIOLENCE),
  ar('العنف الأسري', VIOLENCE),
  ar('أنا خائفة من زوجي', VIOLENCE),
  ar('أشعر بالوحدة', LONELINESS),
  ar('أنا وحيد', LONELINESS),
  ar('عندي ديون كثيرة', MONEY),
  ar('أنا مكتئب', MENTAL),
  ar('أمي تنسى كل شيء', DEMENTIA),
  ar('أعتني بأمي المريضة', CARING),
  ar('مشكلة مع صاحب البيت', HOUSING),
  ar('أنا حامل', PREGNANCY),
  ar('أريد الإقلاع عن التدخين', HEALTHY),
  ar('أشرب الكحول كثيرا', ALCOHOL),
  ar('طفلي لا يسمع الكلام', PARENTING),
  ar('أتعرض للتنمر في المدرسة', YOUNG),
  ar('أحتاج إلى طبيب', GP),
];
