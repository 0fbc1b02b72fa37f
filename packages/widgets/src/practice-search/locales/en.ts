/** Practice search: English, loaded when the widget is in English. */
import type { Messages } from '../../base/localize.ts';

const messages: Messages = {
  searchLabel: 'Search good practices',
  filters: 'Filters',
  filtersActive: 'Filters ({{active}} on)',
  results_one: '{{count, number}} good practice found',
  results_other: '{{count, number}} good practices found',
  clearAll: 'Clear all filters',
  showMore: 'Show more',
  withCount: '{{label}} ({{count}})',
  opensNewWindow: '(opens a new window)',
  noResults: 'Nothing found. Try another word or turn a filter off.',
  emptyIndex: 'This search index holds no good practices yet.',
};

export default messages;
