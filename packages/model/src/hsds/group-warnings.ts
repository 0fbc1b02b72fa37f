/**
 * The same warning for the same field of every service in a list of hundreds is one thing to
 * fix, not hundreds: groups warnings whose paths differ only in list positions.
 */
import type { Warning } from './field-use.ts';

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
