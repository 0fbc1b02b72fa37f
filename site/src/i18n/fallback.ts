/**
 * Words of the widgets' fallback content: what a page shows inside a widget element before the
 * widget script runs, and for good when it never does (JavaScript off, script blocked or broken).
 * Arabic too, because the partner configurator gives that fallback in the snippet for every
 * language the widgets speak; the learning house's own pages are Dutch and English.
 */
export const FALLBACK_LANGUAGES = ['nl', 'en', 'ar'] as const;
export type FallbackLanguage = (typeof FALLBACK_LANGUAGES)[number];

const nl = {
  trusted: {
    crisisTitle: 'Direct hulp nodig?',
    topicsTitle: 'Betrouwbare informatie per onderwerp',
    owner: 'Van',
    call: 'Bel',
    chat: 'Chatten',
  },
  finder: {
    listTitle: 'Alle activiteiten',
    where: 'Waar',
    when: 'Wanneer',
    join: 'Meedoen',
    contact: 'Contact',
    website: 'Website',
    call: 'Bel',
    temporarilyClosed: 'Tijdelijk gesloten',
    snippet: 'Hier ziet u activiteiten in de buurt. Dat lukt alleen als JavaScript aan staat in uw browser.',
  },
  module: {
    lessons: 'De lessen',
    readAll: 'Lees de hele module als tekst',
    readBelow: 'De hele module staat hieronder als tekst.',
    snippet: 'Deze leermodule werkt alleen als JavaScript aan staat in uw browser.',
    correct: 'goed antwoord',
  },
};

type FallbackWords = typeof nl;

const en: FallbackWords = {
  trusted: {
    crisisTitle: 'Need help right now?',
    topicsTitle: 'Trusted information by topic',
    owner: 'From',
    call: 'Call',
    chat: 'Chat',
  },
  finder: {
    listTitle: 'All activities',
    where: 'Where',
    when: 'When',
    join: 'How to join',
    contact: 'Contact',
    website: 'Website',
    call: 'Call',
    temporarilyClosed: 'Temporarily closed',
    snippet: 'This is where you find activities in the neighbourhood. It only works when JavaScript is switched on in your browser.',
  },
  module: {
    lessons: 'The lessons',
    readAll: 'Read the whole module as text',
    readBelow: 'The whole module is below as text.',
    snippet: 'This learning module only works when JavaScript is switched on in your browser.',
    correct: 'right answer',
  },
};

const ar: FallbackWords = {
  trusted: {
    crisisTitle: 'هل تحتاج إلى مساعدة الآن؟',
    topicsTitle: 'معلومات موثوقة حسب الموضوع',
    owner: 'من',
    call: 'اتصل بالرقم',
    chat: 'دردشة',
  },
  finder: {
    listTitle: 'كل الأنشطة',
    where: 'المكان',
    when: 'الموعد',
    join: 'كيف تشارك',
    contact: 'التواصل',
    website: 'الموقع الإلكتروني',
    call: 'اتصل بالرقم',
    temporarilyClosed: 'مغلق مؤقتًا',
    snippet: 'هنا تجد الأنشطة في الحي. يعمل هذا فقط إذا كانت JavaScript مفعّلة في متصفحك.',
  },
  module: {
    lessons: 'الدروس',
    readAll: 'اقرأ الوحدة كاملة كنص',
    readBelow: 'الوحدة كاملة موجودة أدناه كنص.',
    snippet: 'تعمل وحدة التعلّم هذه فقط إذا كانت JavaScript مفعّلة في متصفحك.',
    correct: 'إجابة صحيحة',
  },
};

const words: Record<FallbackLanguage, FallbackWords> = { nl, en, ar };

export function fallbackWords(language: FallbackLanguage): FallbackWords {
  return words[language];
}
