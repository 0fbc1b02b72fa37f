/**
 * The same warning for the same field of every service in a list of hundreds is one thing to
 * fix, not hundreds: groups warnings whose paths differ only in list positions.
 */
import type { Warning } from './field-use.ts';
import { messageFor, type LocalisedMessage } from '../messages.ts';

export interface WarningGroup extends Warning {
  /** The path with each list position as `[*]`, e.g. `$.contents[*].funding`. */
  pattern: string;
  /** How many warnings the group holds; `path` is the first of them. */
  count: number;
}

export function groupWarnings(warnings: readonly Warning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const warning of warnings) {
    const pattern = warning.path.replace(/\[\d+\]/g, '[*]');
    const key = `${pattern}\u0000${warning.message.en}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { ...warning, pattern, count: 1 });
  }
  return [...groups.values()];
}

/** The group's message, with how many other places have the same when there are more. */
export function describeWarningGroup(group: WarningGroup): LocalisedMessage {
  const elsewhere = (language: keyof LocalisedMessage) =>
    group.count > 1 ? ` (${messageFor('warning_elsewhere')[language].replace('{count}', String(group.count - 1)).replace('{pattern}', group.pattern)})` : '';
  return { nl: `${group.message.nl}${elsewhere('nl')}`, en: `${group.message.en}${elsewhere('en')}` };
}
