/** Trusted information: English, loaded when a widget is in English. */
import type { RegistryText } from '@wijkwijzer/model';
import type { Messages } from '../../base/localize.ts';
import registryText from '../registry/registry-text.en.json' with { type: 'json' };

const messages: Messages = {
  askTitle: 'What is your question about?',
  askIntro: 'Choose a topic. You will see where to find reliable information.',
  searchLabel: 'Search for a topic',
  noTopicFound: 'No topic found. Choose one from the list.',
  topics: 'Topics',
  otherTopic: 'Choose another topic',
  crisisTitle: 'Need help right now?',
  crisisShown: 'Need help right now? The numbers to call are shown above the topics.',
  call: 'Call {{number}}',
  chat: 'Chat',
  owner: 'From: {{owner}}',
  whyTrusted: 'Why it can be trusted',
  languages: 'Languages: {{languages}}',
  local: 'Here in the neighbourhood',
  forProfessionals: 'For professionals',
  overdue: 'Note: this information has not been checked for longer than planned.',
  opensNewWindow: '(opens a new window)',
  unknownTopic: 'We have no information about "{{asked}}". Choose a topic from the list.',
  unknownCode: 'We have no information for code {{code}}. Choose a topic from the list.',
  noPointers: 'There are no sources for this topic (yet).',
  localFailed: 'We cannot show the sources here in the neighbourhood right now.',
  registryFallback: 'We cannot show this website’s own list of sources. You see the national sources.',
};

/**
 * The national registry's English text (titles, owners, why trusted, phone labels and hours, topic
 * descriptions), added to the registry when this module arrives: a Dutch page never downloads it.
 */
export const registry = registryText as RegistryText;

export default messages;
