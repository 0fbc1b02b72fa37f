/** Trusted information: Dutch (B1), bundled: the default language. */
import type { Messages } from '../../base/localize.ts';

const messages: Messages = {
  askTitle: 'Waar gaat uw vraag over?',
  askIntro: 'Kies een onderwerp. U ziet dan waar u betrouwbare informatie vindt.',
  searchLabel: 'Zoek een onderwerp',
  noTopicFound: 'Geen onderwerp gevonden. Kies er een uit de lijst.',
  topics: 'Onderwerpen',
  otherTopic: 'Kies een ander onderwerp',
  crisisTitle: 'Direct hulp nodig?',
  crisisShown: 'Direct hulp nodig? De nummers om te bellen staan boven de onderwerpen.',
  call: 'Bel {{number}}',
  chat: 'Chatten',
  owner: 'Van: {{owner}}',
  whyTrusted: 'Waarom betrouwbaar',
  languages: 'Talen: {{languages}}',
  local: 'Hier in de buurt',
  forProfessionals: 'Voor professionals',
  overdue: 'Let op: deze informatie is langer dan gepland niet nagekeken.',
  opensNewWindow: '(opent een nieuw venster)',
  unknownTopic: 'Over "{{asked}}" hebben we geen informatie. Kies een onderwerp uit de lijst.',
  unknownCode: 'Bij code {{code}} hebben we geen informatie. Kies een onderwerp uit de lijst.',
  noPointers: 'Voor dit onderwerp zijn (nog) geen bronnen.',
  localFailed: 'De bronnen hier in de buurt kunnen we nu niet laten zien.',
  registryFallback: 'De lijst met bronnen van deze website kunnen we niet laten zien. U ziet de landelijke bronnen.',
};

export default messages;
