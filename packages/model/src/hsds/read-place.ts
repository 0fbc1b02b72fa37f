/**
 * HSDS organizations, locations and service_at_locations: nested objects in HSDS 3, lists with
 * id references in the feed. Each is read where it appears; the feed keeps the first copy of an id.
 */
import { organizationSchema, serviceAtLocationSchema, type Phone, type Schedule, type ServiceAtLocation } from '../initiative-feed.ts';
import { formatJsonPath } from '../json-path.ts';
import { isRecord, Origins, type Path } from './field-use.ts';
import { checkRecord, expectRecord, idOf, itemsOf, joinSentences, markKnown, reject, take, takeText, warn, type ReadContext } from './context.ts';
import { anyCountryLocationSchema } from './place-schema.ts';
import { readContact, readLanguages, readPhones } from './read-contact.ts';
import { readSchedule } from './read-schedule.ts';

/** What a place adds to the service offered there, for want of a place for it in the feed. */
export interface PlaceExtras {
  accessibility: string[];
  languages: string[];
  phones: Phone[];
  contacts: string[];
}

/** Copies fields as they are (under another name with `as`), remembering where each came from. */
function copyFields(
  context: ReadContext,
  input: Record<string, unknown>,
  path: Path,
  keys: readonly string[],
  out: Record<string, unknown>,
  origins: Origins,
  { prefix = [], as }: { prefix?: Path; as?: string } = {},
): void {
  for (const key of keys) {
    const value = take(context, input, path, key);
    if (value === undefined) continue;
    const name = as ?? key;
    out[name] = key === 'id' ? idOf(value) : value;
    origins.set([...prefix, name], [...path, key]);
  }
}

/** Reads the organization at `path` into the feed; returns its id. */
export function readOrganization(context: ReadContext, raw: unknown, path: Path): unknown {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  const origins = new Origins(path);
  const out: Record<string, unknown> = {};
  copyFields(context, input, path, ['id', 'name', 'description', 'email', 'website'], out, origins);
  // HSDS 2 called the website `url`.
  if (out.website === undefined) copyFields(context, input, path, ['url'], out, origins, { as: 'website' });
  for (const { raw: location, path: locationPath } of itemsOf(context, input, path, 'locations')) {
    const id = isRecord(location) ? idOf(location.id) : undefined;
    if (typeof id === 'string' && !context.locationSources.has(id)) context.locationSources.set(id, { raw: location, path: locationPath });
  }
  if (typeof out.id === 'string' && context.organizations.has(out.id)) return out.id;
  const organization = checkRecord(context, organizationSchema, out, origins);
  if (organization) context.organizations.set(organization.id, organization);
  return out.id;
}

function readAddress(context: ReadContext, raw: unknown, path: Path, index: number, origins: Origins): unknown {
  const input = expectRecord(context, raw, path);
  if (!input) return raw;
  const out: Record<string, unknown> = {};
  const prefix = ['addresses', index];
  origins.set(prefix, path);
  markKnown(context, input, path, ['location_id']);
  copyFields(context, input, path, ['id', 'address_1', 'city', 'postal_code', 'country', 'address_type', 'region'], out, origins, { prefix });
  const secondLine = takeText(context, input, path, 'address_2');
  if (secondLine && typeof out.address_1 === 'string') out.address_1 = `${out.address_1}, ${secondLine}`;
  // The feed has one field for a region; HSDS's state or province fills it when region is empty.
  if (out.region === undefined) copyFields(context, input, path, ['state_province'], out, origins, { prefix, as: 'region' });
  if (typeof out.country === 'string') out.country = out.country.toUpperCase();
  return out;
}

function validCoordinates(latitude: unknown, longitude: unknown): boolean {
  return typeof latitude !== 'number' || typeof longitude !== 'number' || (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180);
}

/**
 * Reads a location into the feed; returns its id (undefined when it was rejected) and what it adds
 * to the service. Without `forService` (an organization's copy of a location read for a service
 * elsewhere) what it would add is left unread, so it is reported as not used.
 */
export function readLocation(context: ReadContext, raw: unknown, path: Path, forService = true): { id: string | undefined; extras: PlaceExtras } {
  const extras: PlaceExtras = { accessibility: [], languages: [], phones: [], contacts: [] };
  const input = expectRecord(context, raw, path);
  if (!input) return { id: undefined, extras };
  const origins = new Origins(path);
  const out: Record<string, unknown> = {};
  markKnown(context, input, path, ['organization_id']);
  copyFields(context, input, path, ['id', 'name', 'location_type', 'description'], out, origins);
  if (validCoordinates(input.latitude, input.longitude)) copyFields(context, input, path, ['latitude', 'longitude'], out, origins);
  else for (const key of ['latitude', 'longitude']) warn(context, [...path, key], 'coordinates_out_of_range');
  const addresses = itemsOf(context, input, path, 'addresses');
  if (addresses.length > 0) out.addresses = addresses.map(({ raw: address, path: addressPath }, index) => readAddress(context, address, addressPath, index, origins));
  if (itemsOf(context, input, path, 'schedules').length > 0) warn(context, [...path, 'schedules'], 'location_schedules');
  const location = checkRecord(context, anyCountryLocationSchema, out, origins);
  if (!location) return { id: undefined, extras };
  if (!context.locations.has(location.id)) context.locations.set(location.id, location);
  context.linkedLocations.add(location.id);
  if (!forService) return { id: location.id, extras };
  for (const { raw: item, path: itemPath } of itemsOf(context, input, path, 'accessibility')) {
    const access = expectRecord(context, item, itemPath);
    if (!access) continue;
    markKnown(context, access, itemPath, ['id', 'location_id']);
    const text = joinSentences([takeText(context, access, itemPath, 'description'), takeText(context, access, itemPath, 'details')]);
    if (text) extras.accessibility.push(location.name ? `${location.name}: ${text}` : text);
  }
  extras.languages = readLanguages(context, itemsOf(context, input, path, 'languages'));
  extras.phones = readPhones(context, [itemsOf(context, input, path, 'phones')]);
  extras.contacts = itemsOf(context, input, path, 'contacts').flatMap(({ raw: contact, path: contactPath }) => readContact(context, contact, contactPath) ?? []);
  return { id: location.id, extras };
}

/** A service_at_location: the link, its schedules, and what its place adds to the service. */
export function readServiceAtLocation(
  context: ReadContext,
  raw: unknown,
  path: Path,
): { link: ServiceAtLocation | undefined; extras: PlaceExtras; phones: Phone[]; contacts: string[] } {
  const empty = { link: undefined, extras: { accessibility: [], languages: [], phones: [], contacts: [] }, phones: [], contacts: [] };
  const input = expectRecord(context, raw, path);
  if (!input) return empty;
  markKnown(context, input, path, ['service_id']);
  // Not `take`: the location is read field by field, so what it holds but is not used gets reported.
  const nested = Object.hasOwn(input, 'location') ? (input.location ?? undefined) : undefined;
  const locationId = idOf(take(context, input, path, 'location_id'));
  const source = nested !== undefined ? { raw: nested, path: [...path, 'location'] } : typeof locationId === 'string' ? context.locationSources.get(locationId) : undefined;
  if (!source) return { ...empty, link: reject(context, path, [...path, 'location_id'], 'unknown_location') };
  if (nested === undefined) context.readLocationSources.add(formatJsonPath(source.path));
  const { id, extras } = readLocation(context, source.raw, source.path);
  if (id === undefined) {
    context.use.mark(path);
    return empty;
  }
  const origins = new Origins(path);
  const out: Record<string, unknown> = { location_id: id };
  origins.set(['location_id'], nested !== undefined ? [...path, 'location', 'id'] : [...path, 'location_id']);
  copyFields(context, input, path, ['id', 'description'], out, origins);
  const schedules: Schedule[] = itemsOf(context, input, path, 'schedules').flatMap(({ raw: schedule, path: schedulePath }) => readSchedule(context, schedule, schedulePath) ?? []);
  if (schedules.length > 0) out.schedules = schedules;
  const link = checkRecord(context, serviceAtLocationSchema, out, origins);
  return {
    link,
    extras,
    phones: readPhones(context, [itemsOf(context, input, path, 'phones')]),
    contacts: itemsOf(context, input, path, 'contacts').flatMap(({ raw: contact, path: contactPath }) => readContact(context, contact, contactPath) ?? []),
  };
}
