/** Which shape a document has: one of the HSDS 3 shapes an HSDS API publishes, or the finder's own feed. */
/** Kept free of other imports (but one that has none): the finder loads this alone to decide whether to load the importer. */
import { isRecord } from '../is-record.ts';

export type FeedShape = 'hsds-service' | 'hsds-service-array' | 'hsds-page' | 'hsds-organization' | 'wijkwijzer-feed';

/** Fields only a service has (besides id and name, which other things have too). */
const SERVICE_FIELDS = ['status', 'organization', 'organization_id', 'service_at_locations', 'schedules', 'phones', 'application_process', 'eligibility_description'];

const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

export function looksLikeHsdsService(value: unknown): boolean {
  return isRecord(value) && (has(value, 'id') || has(value, 'name')) && SERVICE_FIELDS.some((key) => has(value, key));
}

/** The shape of `input`, or undefined when it is none of them. Never throws. */
export function detectFeedShape(input: unknown): FeedShape | undefined {
  if (Array.isArray(input)) return input.some(looksLikeHsdsService) ? 'hsds-service-array' : undefined;
  if (!isRecord(input)) return undefined;
  // A document that names the feed schema is the finder's feed, whatever else it holds.
  if (typeof input.$schema === 'string' && input.$schema.endsWith('initiative-feed.schema.json')) return 'wijkwijzer-feed';
  if (has(input, 'services')) {
    // An HSDS organization with its services has a name; the feed has a list of organizations instead.
    return has(input, 'organizations') || !has(input, 'name') || !Array.isArray(input.services) ? 'wijkwijzer-feed' : 'hsds-organization';
  }
  if (Array.isArray(input.contents)) return 'hsds-page';
  return looksLikeHsdsService(input) ? 'hsds-service' : undefined;
}
