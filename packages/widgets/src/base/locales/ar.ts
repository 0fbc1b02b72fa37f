/** Shared strings: Arabic (right-to-left), loaded when a widget is in Arabic. */
import type { Messages } from '../localize.ts';

const messages: Messages = {
  loading: 'يرجى الانتظار، جارٍ التحميل…',
  empty: 'لم يتم العثور على أي شيء.',
  retry: 'حاول مرة أخرى',
  error: {
    title: 'هذا لا يعمل الآن',
    offline: 'لا يوجد اتصال بالإنترنت. تحقق من الاتصال وحاول مرة أخرى.',
    network: 'تعذر تحميل البيانات. حاول مرة أخرى لاحقًا.',
    http: 'تعذر تحميل البيانات (رمز الخطأ {{status}}). حاول مرة أخرى لاحقًا.',
    notJson: 'البيانات بصيغة غير صحيحة. يرجى إبلاغ المسؤولين عن هذا الموقع.',
    invalid: 'البيانات غير صحيحة. يرجى إبلاغ المسؤولين عن هذا الموقع.',
    noSource: 'لم يتم إعداد أي بيانات لهذا الجزء بعد.',
    storageFull: 'تعذر حفظ تقدمك. ما أدخلته لا يزال على الشاشة.',
  },
};

export default messages;
