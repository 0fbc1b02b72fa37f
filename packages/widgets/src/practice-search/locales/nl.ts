/** Practice search: Dutch (B1), bundled: the default language. */
import type { Messages } from '../../base/localize.ts';

const messages: Messages = {
  searchLabel: 'Zoek in goede voorbeelden',
  filters: 'Filters',
  filtersActive: 'Filters ({{active}} aan)',
  results_one: '{{count, number}} goed voorbeeld gevonden',
  results_other: '{{count, number}} goede voorbeelden gevonden',
  clearAll: 'Alle filters wissen',
  showMore: 'Toon meer',
  withCount: '{{label}} ({{count}})',
  opensNewWindow: '(opent een nieuw venster)',
  noResults: 'Niets gevonden. Probeer een ander woord of zet een filter uit.',
  emptyIndex: 'Er staan nog geen goede voorbeelden in deze zoekindex.',
};

export default messages;
