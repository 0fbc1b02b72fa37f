/** Strings every widget shares: states, actions and problems. Dutch at B1 level first. */
import type { NamespaceResources } from '../localize.ts';

export const commonMessages: NamespaceResources = {
  nl: {
    loading: 'Even geduld, we laden de gegevens…',
    empty: 'Er is niets gevonden.',
    retry: 'Probeer het opnieuw',
    error: {
      title: 'Dit lukt nu niet',
      offline: 'Er is geen internetverbinding. Controleer uw verbinding en probeer het opnieuw.',
      network: 'De gegevens konden niet worden opgehaald. Probeer het later opnieuw.',
      http: 'De gegevens konden niet worden opgehaald (foutcode {{status}}). Probeer het later opnieuw.',
      notJson: 'De gegevens hebben een verkeerde vorm. Laat dit weten aan de beheerder van deze website.',
      invalid: 'De gegevens kloppen niet. Laat dit weten aan de beheerder van deze website.',
      noSource: 'Er zijn nog geen gegevens ingesteld voor dit onderdeel.',
      storageFull: 'Uw voortgang kon niet worden bewaard. Wat u hebt ingevuld, staat nog op het scherm.',
    },
  },
  en: {
    loading: 'Please wait, loading…',
    empty: 'Nothing was found.',
    retry: 'Try again',
    error: {
      title: 'This is not working right now',
      offline: 'There is no internet connection. Check your connection and try again.',
      network: 'The data could not be loaded. Please try again later.',
      http: 'The data could not be loaded (error code {{status}}). Please try again later.',
      notJson: 'The data has the wrong format. Please tell the people who run this website.',
      invalid: 'The data is not correct. Please tell the people who run this website.',
      noSource: 'No data has been set up for this part yet.',
      storageFull: 'Your progress could not be saved. What you entered is still on the screen.',
    },
  },
  ar: {
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
  },
};
