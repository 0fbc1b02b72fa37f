/** Practice search: Arabic (right-to-left), loaded when the widget is in Arabic. */
import type { Messages } from '../../base/localize.ts';

const messages: Messages = {
  searchLabel: 'ابحث في الممارسات الجيدة',
  filters: 'عوامل التصفية',
  filtersActive: 'عوامل التصفية ({{active}} مفعّلة)',
  results_zero: 'لم يتم العثور على أي ممارسة',
  results_one: 'تم العثور على ممارسة جيدة واحدة',
  results_two: 'تم العثور على ممارستين جيدتين',
  results_few: 'تم العثور على {{count, number}} ممارسات جيدة',
  results_many: 'تم العثور على {{count, number}} ممارسة جيدة',
  results_other: 'تم العثور على {{count, number}} ممارسة جيدة',
  clearAll: 'مسح كل عوامل التصفية',
  showMore: 'عرض المزيد',
  withCount: '{{label}} ({{count}})',
  opensNewWindow: '(يفتح نافذة جديدة)',
  noResults: 'لم يتم العثور على شيء. جرّب كلمة أخرى أو أوقف عامل تصفية.',
  emptyIndex: 'لا يحتوي فهرس البحث هذا على ممارسات جيدة بعد.',
};

export default messages;
