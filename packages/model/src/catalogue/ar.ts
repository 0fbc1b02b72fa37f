/** Domain vocabulary and the model's sentences in Arabic; same keys as the Dutch catalogue. */
import type { Catalogue } from './index.ts';

const catalogue: Catalogue = {
  theme: {
    eenzaamheid: 'الوحدة',
    ontmoeten: 'لقاء الناس',
    bewegen: 'الحركة والرياضة',
    'gezond-leven': 'حياة صحية',
    geldzaken: 'الأمور المالية',
    eten: 'الطعام',
    opvoeden: 'تربية الأطفال',
    jongeren: 'الشباب',
    taal: 'اللغة',
    'werk-en-meedoen': 'العمل والمشاركة',
    'psychische-gezondheid': 'الصحة النفسية',
    mantelzorg: 'رعاية شخص قريب',
    wonen: 'السكن',
    zingeving: 'معنى الحياة',
    samenwerking: 'العمل المشترك',
    preventie: 'الوقاية',
  },
  targetGroup: {
    iedereen: 'الجميع',
    ouderen: 'كبار السن',
    jongeren: 'الشباب',
    kinderen: 'الأطفال',
    ouders: 'الآباء والأمهات',
    nieuwkomers: 'القادمون الجدد',
    mantelzorgers: 'مقدمو الرعاية',
    'mensen-met-psychische-kwetsbaarheid': 'أشخاص يعانون من مشاكل نفسية',
    'mensen-met-weinig-geld': 'أشخاص بدخل محدود',
    professionals: 'المهنيون',
  },
  schedule: {
    separator: '، ',
    listSeparator: '؛ ',
    weekly: 'كل {{days}}',
    everyOtherWeek: '{{days}} كل أسبوعين',
    everyNWeeks: 'كل {{count}} أسابيع يوم {{days}}',
    monthly: '{{when}} من الشهر',
    everyNMonths: 'كل {{count}} أشهر: {{when}}',
    nthWeekdayOfMonth: '{{day}} {{ordinal}}',
    everyWeekdayOfMonth: 'كل {{day}}',
    monthDay: 'اليوم {{day}}',
    lastMonthDay: 'اليوم الأخير',
    ordinal: { 1: 'الأول', 2: 'الثاني', 3: 'الثالث', 4: 'الرابع', 5: 'الخامس', last: 'الأخير' },
    // Left-to-right isolate: without it the range reads backwards (11:00–10:00) in Arabic text.
    hours: '\u2066{{opens}}–{{closes}}\u2069',
    from: 'من {{opens}}',
    between: 'من {{from}} إلى {{to}}',
    validFrom: 'من {{from}}',
    validTo: 'حتى {{to}}',
  },
};

export default catalogue;
