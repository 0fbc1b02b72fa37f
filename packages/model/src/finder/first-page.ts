/**
 * The first initiatives a resident sees, before the whole feed is read. Checking every record
 * is most of a large feed's load (about 0.3 s at 10,000 records, 3 s at 100,000 on a 2-core
 * machine) and the list cannot wait for it: sorting the raw names is cheap, so the records are
 * checked in name order until a page is full. Only those records and the organisations and
 * places they name are checked; the full read follows and finds the very same first page, since
 * it keeps the same records (the first valid one of each id, not ended, kept by `keep`) in the
 * same order (by name, ties in feed order).
 */
import * as v from 'valibot';
import { locationSchema, organizationSchema, serviceSchema, type Location, type Organization } from '../initiative-feed.ts';
import { compareInitiativeNames } from './finder.ts';
import { feedEnvelopeSchema, isCurrentService, RECORD_PARSE_CONFIG, toInitiative, type Initiative } from './initiatives.ts';
import type { Steps } from './steps.ts';

export interface FirstPageOptions {
  /** How many initiatives make the page. */
  size: number;
  /** Fewer services than this are read whole at once (quickly enough that a first page would only flicker). */
  minServices?: number | undefined;
  /** Which initiatives to show, as the full read is told (`PrepareFinderOptions.keep`). */
  keep?: ((initiative: Initiative) => boolean) | undefined;
}

/** The first `size` initiatives in name order, as the full read will order them; undefined when the input is not a feed (or a small one). */
export function* firstPageSteps(input: unknown, { size, keep, minServices = 0 }: FirstPageOptions): Steps<Initiative[] | undefined> {
  const envelope = v.safeParse(feedEnvelopeSchema, input);
  if (!envelope.success || envelope.output.services.length < minServices) return undefined;
  const services = new RecordsById(envelope.output.services, serviceSchema);
  const organizations = new RecordsById<Organization>(envelope.output.organizations, organizationSchema);
  const locations = new RecordsById<Location>(envelope.output.locations, locationSchema);
  yield;
  // A name that is not text fails the check anyway; trimmed as the check trims it.
  const names = envelope.output.services.map((record) => {
    const name = (record as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name.trim() : undefined;
  });
  yield;
  // Not a sort of every name (a second at 100,000): the few smallest, more when too many of them fail their check.
  for (let candidates = size * 4; ; candidates *= 4) {
    const page: Initiative[] = [];
    const chosen = smallest(names, candidates);
    // The ids these records name, found in one pass over each list rather than one per id.
    const found = chosen.flatMap((index) => services.at(index) ?? []);
    services.locate(found.map((service) => service.id));
    organizations.locate(found.map((service) => service.organization_id));
    locations.locate(found.flatMap((service) => (service.service_at_locations ?? []).map((link) => link.location_id)));
    yield;
    for (const index of chosen) {
      const service = services.at(index);
      // Of records sharing an id, the full read keeps the first valid one.
      if (service && services.first(service.id) === service && isCurrentService(service)) {
        const initiative = toInitiative(service, organizations, locations);
        if (!keep || keep(initiative)) page.push(initiative);
        if (page.length === size) return page;
      }
      yield;
    }
    if (candidates >= names.length) return page;
  }
}

/**
 * The positions of the `count` smallest names, in order, ties in list order: one comparison for
 * most names (with the largest kept so far), against the sixteen or so per name of a full sort.
 */
function smallest(names: readonly (string | undefined)[], count: number): number[] {
  const kept: number[] = [];
  names.forEach((name, index) => {
    if (name === undefined) return;
    if (kept.length === count && compareInitiativeNames(name, names[kept[count - 1]!]!) >= 0) return;
    // After every kept name not larger than it, so equal names stay in list order.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareInitiativeNames(name, names[kept[middle]!]!) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, index);
    if (kept.length > count) kept.pop();
  });
  return kept;
}

/** A list's records by position and by id, each checked once, when first asked for. */
class RecordsById<T extends { id: string }> {
  private readonly checked = new Map<number, T | null>();
  /** Where the ids asked for occur, in list order. */
  private readonly positions = new Map<string, number[]>();
  private readonly records: readonly unknown[];
  private readonly schema: v.GenericSchema<unknown, T>;

  constructor(records: readonly unknown[], schema: v.GenericSchema<unknown, T>) {
    this.records = records;
    this.schema = schema;
  }

  /** The record at `index` when it passes the check. */
  at(index: number): T | undefined {
    let record = this.checked.get(index);
    if (record === undefined) {
      const result = v.safeParse(this.schema, this.records[index], RECORD_PARSE_CONFIG);
      record = result.success ? result.output : null;
      this.checked.set(index, record);
    }
    return record ?? undefined;
  }

  /** The first record with this id that passes the check, as the full read's map holds it. */
  first(id: string): T | undefined {
    if (!this.positions.has(id)) this.locate([id]);
    for (const index of this.positions.get(id)!) {
      const record = this.at(index);
      if (record?.id === id) return record;
    }
    return undefined;
  }

  get(id: string): T | undefined {
    return this.first(id);
  }

  /**
   * Finds where these ids occur, in one pass. A first page asks for a few dozen ids: a map of
   * every id of 100,000 records would cost more than the page.
   */
  locate(ids: readonly string[]): void {
    const wanted = new Set(ids.filter((id) => !this.positions.has(id)));
    if (wanted.size === 0) return;
    for (const id of wanted) this.positions.set(id, []);
    this.records.forEach((record, index) => {
      const raw = (record as { id?: unknown } | null)?.id;
      // Compared as the check leaves an id (trimmed); the check itself still decides.
      if (typeof raw !== 'string') return;
      const id = wanted.has(raw) ? raw : raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : undefined;
      if (id !== undefined && wanted.has(id)) this.positions.get(id)!.push(index);
    });
  }
}
