/**
 * Bookkeeping that makes "never drop silently" checkable: every input path the normaliser reads
 * (or reports with its own reason) is marked, and afterwards the input is walked once; whatever
 * holds information and was not marked becomes a warning. An unused object is reported once, at
 * its own path, rather than once per field inside it.
 */
import { formatJsonPath } from '../json-path.ts';
import type { LocalisedMessage } from '../messages.ts';
import { hsdsMessage } from './hsds-messages.ts';
import { isRecord } from '../is-record.ts';

export { isRecord };

export type Key = string | number;
export type Path = readonly Key[];

/** Something in the input that Wijkwijzer does not show, or shows differently; the feed is still usable. */
export interface Warning {
  /** JSON path into the input as given, e.g. `$.contents[0].funding`. */
  path: string;
  message: LocalisedMessage;
}


/** Null, blank text and empty lists or objects carry nothing a resident could miss. */
function holdsNothing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

export class FieldUse {
  /** Paths read or reported as a whole. */
  private readonly used = new Set<string>();
  /** Paths with something used somewhere below them. */
  private readonly touched = new Set<string>();

  mark(path: Path): void {
    this.used.add(formatJsonPath(path));
    for (let length = 0; length < path.length; length += 1) this.touched.add(formatJsonPath(path.slice(0, length)));
  }

  /** Warnings for everything under `path` in `value` that holds information and was never marked. */
  unused(value: unknown, path: Path, warnings: Warning[]): void {
    const key = formatJsonPath(path);
    if (this.used.has(key) || holdsNothing(value)) return;
    if (!this.touched.has(key)) {
      warnings.push({ path: key, message: hsdsMessage('unused') });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => this.unused(item, [...path, index], warnings));
    else if (isRecord(value)) for (const [name, item] of Object.entries(value)) this.unused(item, [...path, name], warnings);
  }
}

/**
 * Where each part of an output record came from, so a problem found in the record can be told
 * at the path the partner wrote (`$.schedules[0].until`), not at one they never saw.
 */
export class Origins {
  private readonly map = new Map<string, { path: Path; withRest: boolean }>();
  readonly base: Path;

  constructor(base: Path) {
    this.base = base;
  }

  /**
   * `withRest`: the output below `outputKeys` has the same shape as the input below `inputPath`
   * (a copied object); false when the output was made from the input (text joined from fields).
   */
  set(outputKeys: Path, inputPath: Path, withRest = true): void {
    this.map.set(outputKeys.join('\u0000'), { path: inputPath, withRest });
  }

  /** The input path of the longest known prefix of `outputKeys`, with the rest of the keys when the shapes match. */
  find(outputKeys: Path): Path {
    for (let length = outputKeys.length; length > 0; length -= 1) {
      const found = this.map.get(outputKeys.slice(0, length).join('\u0000'));
      if (found) return found.withRest ? [...found.path, ...outputKeys.slice(length)] : found.path;
    }
    // A field that is missing altogether is told where it should have been.
    return outputKeys.length === 1 ? [...this.base, outputKeys[0]!] : this.base;
  }
}
