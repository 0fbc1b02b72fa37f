/** Shared strings: Dutch (B1), bundled: the default language. */
import type { Messages } from '../localize.ts';

const messages: Messages = {
  loading: 'Even geduld, we laden de gegevens…',
  empty: 'Er is niets gevonden.',
  retry: 'Probeer het opnieuw',
  emptySource: 'Hier staat nog niets in.',
  skipped: '{{count}} van {{total}} onderdelen konden niet worden getoond.',
  debugTitle: 'Voor de beheerder: wat er niet klopt',
  error: {
    title: 'Dit lukt nu niet',
    offline: 'Er is geen internetverbinding. Controleer uw verbinding en probeer het opnieuw.',
    network: 'De gegevens konden niet worden opgehaald. Probeer het later opnieuw.',
    http: 'De gegevens konden niet worden opgehaald (foutcode {{status}}). Probeer het later opnieuw.',
    notJson: 'De gegevens hebben een verkeerde vorm. Laat dit weten aan de beheerder van deze website.',
    invalid: 'De gegevens kloppen niet. Laat dit weten aan de beheerder van deze website.',
    timeout: 'Het laden duurt te lang. De gegevens komen niet binnen. Probeer het later opnieuw.',
    allInvalid: 'Geen van de {{total}} onderdelen kon worden getoond. Laat dit weten aan de beheerder van deze website.',
    noSource: 'Er zijn nog geen gegevens ingesteld voor dit onderdeel.',
    storageFull: 'Uw voortgang kon niet worden bewaard. Wat u hebt ingevuld, staat nog op het scherm.',
  },
};

export default messages;
