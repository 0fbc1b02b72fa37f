/**
 * One HSDS service, with everything nested in it, into a feed service. What residents need and
 * the feed has no field for goes where it shows: the alert opens the description; the application
 * process, accessibility and contacts are how to join; fees and cost options are the cost.
 */
import { serviceSchema, taxonomyTermSchema, type Phone, type Schedule, type Service, type ServiceAtLocation, type TaxonomyTerm, type WijkwijzerExtension } from '../initiative-feed.ts';
import { isRecord, Origins, type Path } from './field-use.ts';
import { checkRecord, dateOf, expectRecord, idOf, itemsOf, markKnown, notice, reject, take, takeText, type ReadContext } from './context.ts';
import { readContact, readLanguages, readPhones, uniqueByNumber } from './read-contact.ts';
import { readCost } from './read-cost.ts';
import { readOrganization, readServiceAtLocation } from './read-place.ts';
import { readSchedule } from './read-schedule.ts';

const DIRECT_FIELDS = ['name', 'alternate_name', 'status', 'url', 'email', 'eligibility_description', 'last_modified'] as const;

/** Which organization offers the service: nested, by id, or the one the document is about. */
function organizationIdOf(context: ReadContext, input: Record<string, unknown>, path: Path, parentOrganizationId: unknown): unknown {
  const byId = idOf(take(context, input, path, 'organization_id'));
  const nested = Object.hasOwn(input, 'organization') ? (input.organization ?? undefined) : undefined;
  const nestedId = nested === undefined ? undefined : readOrganization(context, nested, [...path, 'organization']);
  const id = nestedId ?? byId ?? parentOrganizationId;
  if (id !== undefined) return id;
  // A nested organization without a usable id has been reported already.
  if (nested === undefined) notice(context, path, 'no_organization');
  // The feed needs an id; this one names no organization in the feed, so the finder shows none.
  return `${String(input.id)}#organization`;
}

/** HSDS 3 classifies through attributes that carry a taxonomy term. */
function readTaxonomyTerms(context: ReadContext, input: Record<string, unknown>, path: Path): TaxonomyTerm[] {
  const terms = new Map<string, TaxonomyTerm>();
  for (const { raw, path: attributePath } of itemsOf(context, input, path, 'attributes')) {
    if (!isRecord(raw) || !isRecord(raw.taxonomy_term)) continue;
    const term = raw.taxonomy_term;
    const termPath = [...attributePath, 'taxonomy_term'];
    const origins = new Origins(termPath);
    const out: Record<string, unknown> = {};
    for (const key of ['id', 'code', 'name'] as const) {
      const value = take(context, term, termPath, key);
      if (value === undefined) continue;
      out[key] = key === 'id' ? idOf(value) : value;
      origins.set([key], [...termPath, key]);
    }
    // The vocabulary is named in `taxonomy` (3.0) or in the nested `taxonomy_detail` (3.1).
    const detail = isRecord(term.taxonomy_detail) ? term.taxonomy_detail : undefined;
    out.vocabulary = take(context, term, termPath, 'taxonomy') ?? (detail ? take(context, detail, [...termPath, 'taxonomy_detail'], 'name') : undefined);
    if (detail && out.vocabulary === detail.name) markKnown(context, detail, [...termPath, 'taxonomy_detail'], ['id']);
    markKnown(context, raw, attributePath, ['id', 'taxonomy_term_id']);
    markKnown(context, term, termPath, ['taxonomy_id']);
    const checked = typeof out.id === 'string' && terms.has(out.id) ? undefined : checkRecord(context, taxonomyTermSchema, out, origins);
    if (checked) terms.set(checked.id, checked);
  }
  return [...terms.values()];
}

interface Gathered {
  schedules: Schedule[];
  links: ServiceAtLocation[];
  phones: Phone[];
  languages: string[];
  accessibility: string[];
  contacts: string[];
}

/** Schedules, places, phones, languages and contacts, from the service and each place it is offered at. */
function gather(context: ReadContext, input: Record<string, unknown>, path: Path): Gathered {
  const gathered: Gathered = { schedules: [], links: [], phones: [], languages: [], accessibility: [], contacts: [] };
  for (const { raw, path: schedulePath } of itemsOf(context, input, path, 'schedules')) {
    const schedule = readSchedule(context, raw, schedulePath);
    if (schedule) gathered.schedules.push(schedule);
  }
  const phoneLists = [itemsOf(context, input, path, 'phones')];
  gathered.languages.push(...readLanguages(context, itemsOf(context, input, path, 'languages')));
  gathered.contacts.push(...itemsOf(context, input, path, 'contacts').flatMap(({ raw, path: contactPath }) => readContact(context, raw, contactPath) ?? []));
  const placePhones: Phone[] = [];
  for (const { raw, path: linkPath } of itemsOf(context, input, path, 'service_at_locations')) {
    const { link, extras, phones, contacts } = readServiceAtLocation(context, raw, linkPath);
    if (!link) continue;
    gathered.links.push(link);
    placePhones.push(...phones, ...extras.phones);
    gathered.languages.push(...extras.languages);
    gathered.accessibility.push(...extras.accessibility);
    gathered.contacts.push(...contacts, ...extras.contacts);
  }
  gathered.phones = uniqueByNumber([...readPhones(context, phoneLists), ...placePhones]);
  return gathered;
}

/**
 * The feed's `wijkwijzer` extension: languages, cost and how to join, gathered from fields all over
 * the service. Problems in texts made of several fields are told at the field they start with.
 */
function readExtension(context: ReadContext, input: Record<string, unknown>, path: Path, gathered: Gathered, origins: Origins): WijkwijzerExtension | undefined {
  const extension: WijkwijzerExtension = {};
  const languages = [...new Set(gathered.languages)];
  if (languages.length > 0) extension.languages = languages;
  const cost = readCost(context, input, path);
  if (cost) extension.cost = cost.cost;
  const applicationProcess = takeText(context, input, path, 'application_process');
  const howToJoin = [applicationProcess, ...new Set(gathered.accessibility), ...new Set(gathered.contacts)].filter(Boolean).join('\n\n');
  if (howToJoin) extension.how_to_join = howToJoin;
  origins.set(['wijkwijzer'], path, false);
  if (cost) origins.set(['wijkwijzer', 'cost'], cost.from, false);
  if (applicationProcess) origins.set(['wijkwijzer', 'how_to_join'], [...path, 'application_process'], false);
  return Object.keys(extension).length > 0 ? extension : undefined;
}

/** Reads one service into the feed's shape; undefined when it was rejected (and reported). */
export function readService(context: ReadContext, raw: unknown, path: Path, serviceIds: Set<string>, parentOrganizationId?: unknown): Service | undefined {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  const id = idOf(input.id);
  if (typeof id === 'string' && serviceIds.has(id)) return reject(context, path, [...path, 'id'], 'duplicate_service');
  const origins = new Origins(path);
  const out: Record<string, unknown> = {};
  const copy = (key: string, value: unknown, from: Path = [...path, key]) => {
    if (value === undefined) return;
    out[key] = value;
    origins.set([key], from, key !== 'description' && key !== 'organization_id');
  };
  copy('id', idOf(take(context, input, path, 'id')));
  for (const key of DIRECT_FIELDS) copy(key, take(context, input, path, key));
  const assured = take(context, input, path, 'assured_date');
  copy('assured_date', dateOf(assured) ?? assured);
  // An alert is news residents must see first; the feed has no field for it yet.
  const alert = takeText(context, input, path, 'alert');
  const description = take(context, input, path, 'description');
  copy('description', [alert, typeof description === 'string' ? description : undefined].filter(Boolean).join('\n\n') || description, [...path, description === undefined ? 'alert' : 'description']);
  copy('organization_id', organizationIdOf(context, input, path, parentOrganizationId), [...path, Object.hasOwn(input, 'organization') ? 'organization' : 'organization_id']);

  const gathered = gather(context, input, path);
  if (gathered.phones.length > 0) out.phones = gathered.phones;
  if (gathered.schedules.length > 0) out.schedules = gathered.schedules;
  if (gathered.links.length > 0) out.service_at_locations = gathered.links;
  const terms = readTaxonomyTerms(context, input, path);
  if (terms.length > 0) out.taxonomy_terms = terms;
  const extension = readExtension(context, input, path, gathered, origins);
  if (extension) out.wijkwijzer = extension;

  const service = checkRecord(context, serviceSchema, out, origins);
  if (service) serviceIds.add(service.id);
  return service;
}
