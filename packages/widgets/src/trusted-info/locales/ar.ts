/** Trusted information: Arabic (right-to-left), loaded when a widget is in Arabic. */
import type { RegistryText } from '@wijkwijzer/model';
import type { Messages } from '../../base/localize.ts';
import registryText from '../registry/registry-text.ar.json' with { type: 'json' };

const messages: Messages = {
  askTitle: 'عن ماذا سؤالك؟',
  askIntro: 'اختر موضوعًا. سترى أين تجد معلومات موثوقة.',
  searchLabel: 'ابحث عن موضوع',
  noTopicFound: 'لم يتم العثور على موضوع. اختر واحدًا من القائمة.',
  topics: 'المواضيع',
  otherTopic: 'اختر موضوعًا آخر',
  crisisTitle: 'هل تحتاج إلى مساعدة الآن؟',
  crisisShown: 'هل تحتاج إلى مساعدة الآن؟ أرقام الاتصال معروضة فوق المواضيع.',
  call: 'اتصل بـ {{number}}',
  chat: 'دردشة',
  owner: 'من: {{owner}}',
  whyTrusted: 'لماذا هو موثوق',
  languages: 'اللغات: {{languages}}',
  local: 'هنا في الحي',
  forProfessionals: 'للمهنيين',
  overdue: 'تنبيه: لم تتم مراجعة هذه المعلومات منذ مدة أطول من المخطط.',
  opensNewWindow: '(يفتح نافذة جديدة)',
  unknownTopic: 'ليست لدينا معلومات عن "{{asked}}". اختر موضوعًا من القائمة.',
  unknownCode: 'ليست لدينا معلومات عن الرمز {{code}}. اختر موضوعًا من القائمة.',
  noPointers: 'لا توجد مصادر لهذا الموضوع (بعد).',
  localFailed: 'لا يمكننا الآن عرض المصادر هنا في الحي.',
  registryFallback: 'لا يمكننا عرض قائمة المصادر الخاصة بهذا الموقع. ترى المصادر الوطنية.',
};

/**
 * The national registry's Arabic text (titles, owners, why trusted, phone labels and hours, topic
 * descriptions), added to the registry when this module arrives: a Dutch page never downloads it.
 */
export const registry = registryText as RegistryText;

export default messages;
