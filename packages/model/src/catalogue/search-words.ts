/**
 * Words residents type for what the data calls otherwise, per language: "schulden" for the theme
 * `geldzaken`, "voedselbank" for a voedselpakket. An entry names the words of the data it stands
 * for (`data`: a theme or target-group slug as it stands in a feed, or a word of names and
 * descriptions, in any language of the feeds); wherever one of them occurs, the search also finds
 * the activity by the entry's words, ranked below the data's own words. Every language applies to
 * every feed: themes are Dutch slugs in an English or Arabic feed too.
 */
export type SearchWordLanguage = 'nl' | 'en' | 'ar';
export type SearchWordEntry = { readonly data: readonly string[] } & Readonly<Record<SearchWordLanguage, readonly string[]>>;
export type SearchWords = readonly SearchWordEntry[];

export const searchWords: SearchWords = [
  {
    data: ['geldzaken', 'mensen-met-weinig-geld'],
    nl: ['schulden', 'schuldhulp', 'geldzorgen', 'rondkomen', 'armoede', 'budget', 'rekeningen', 'toeslagen'],
    en: ['money', 'debt', 'debts', 'poverty', 'low income', 'budget', 'bills', 'benefits'],
    ar: ['مال', 'المال', 'ديون', 'الديون', 'فقر', 'فواتير', 'دخل محدود'],
  },
  {
    data: ['eten'],
    nl: ['voedsel', 'voedselbank', 'maaltijd', 'koken'],
    en: ['food', 'meal', 'meals', 'cooking'],
    ar: ['طعام', 'الطعام', 'أكل', 'وجبة'],
  },
  {
    data: ['voedselpakket', 'parcel', 'طرد', 'الطرود'],
    nl: ['voedselbank'],
    en: ['food bank', 'foodbank'],
    ar: ['بنك الطعام'],
  },
  {
    data: ['eenzaamheid'],
    nl: [],
    en: ['lonely', 'loneliness'],
    ar: ['الوحدة', 'وحيد'],
  },
  {
    data: ['bewegen'],
    nl: ['sporten', 'fitness'],
    en: ['exercise', 'sport', 'sports', 'fitness'],
    ar: ['رياضة', 'الرياضة'],
  },
  {
    data: ['gezond-leven'],
    nl: ['gezondheid'],
    en: ['health', 'healthy'],
    ar: ['صحة', 'الصحة'],
  },
  {
    data: ['psychische-gezondheid', 'mensen-met-psychische-kwetsbaarheid'],
    nl: ['somber', 'depressie', 'angst', 'stress'],
    en: ['mental health', 'depression', 'anxiety', 'stress'],
    ar: ['الصحة النفسية', 'اكتئاب', 'قلق'],
  },
  {
    data: ['taal'],
    nl: ['nederlands', 'inburgering'],
    en: ['language', 'dutch'],
    ar: ['لغة', 'اللغة', 'الهولندية'],
  },
  {
    data: ['werk-en-meedoen'],
    nl: ['baan', 'vrijwilligerswerk'],
    en: ['work', 'job', 'jobs', 'volunteering'],
    ar: ['عمل', 'العمل', 'وظيفة', 'تطوع'],
  },
  {
    data: ['wonen'],
    nl: ['woning', 'huur'],
    en: ['housing', 'home', 'rent'],
    ar: ['سكن', 'السكن', 'إيجار'],
  },
  {
    data: ['mantelzorg', 'mantelzorgers'],
    nl: ['zorgen voor'],
    en: ['carer', 'carers', 'caring', 'caregivers'],
    ar: ['رعاية', 'الرعاية', 'مقدمو الرعاية'],
  },
  {
    data: ['opvoeden', 'ouders'],
    nl: [],
    en: ['parenting', 'parents'],
    ar: ['تربية', 'التربية', 'أهل', 'الأهل'],
  },
  {
    data: ['jongeren'],
    nl: ['jeugd', 'tieners'],
    en: ['youth', 'teenagers', 'teens'],
    ar: ['شباب', 'الشباب'],
  },
  {
    data: ['ouderen'],
    nl: ['senioren', 'bejaarden'],
    en: ['elderly', 'seniors', 'older'],
    ar: ['كبار السن', 'مسنين'],
  },
  {
    data: ['kinderen'],
    nl: ['kids'],
    en: ['children', 'kids'],
    ar: ['أطفال', 'الأطفال'],
  },
  {
    data: ['nieuwkomers'],
    nl: ['statushouders', 'vluchtelingen', 'inburgering'],
    en: ['newcomers', 'refugees'],
    ar: ['لاجئين', 'اللاجئين'],
  },
];
