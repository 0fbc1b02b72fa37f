/** Shared strings: English, loaded when a widget is in English. */
import type { Messages } from '../localize.ts';

const messages: Messages = {
  loading: 'Please wait, loading…',
  empty: 'Nothing was found.',
  retry: 'Try again',
  emptySource: 'There is nothing here yet.',
  skipped: '{{count}} of {{total}} items could not be shown.',
  debugTitle: 'For the site manager: what is wrong',
  error: {
    title: 'This is not working right now',
    offline: 'There is no internet connection. Check your connection and try again.',
    network: 'The data could not be loaded. Please try again later.',
    http: 'The data could not be loaded (error code {{status}}). Please try again later.',
    notJson: 'The data has the wrong format. Please tell the people who run this website.',
    invalid: 'The data is not correct. Please tell the people who run this website.',
    timeout: 'Loading takes too long: the data is not arriving. Please try again later.',
    allInvalid: 'None of the {{total}} items could be shown. Please tell the people who run this website.',
    noSource: 'No data has been set up for this part yet.',
    storageFull: 'Your progress could not be saved. What you entered is still on the screen.',
  },
};

export default messages;
