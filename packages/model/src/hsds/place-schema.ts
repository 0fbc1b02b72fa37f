/**
 * The feed's place schemas: a postcode must be Dutch only when the address is in the
 * Netherlands (no country, or NL); HSDS comes from anywhere, and a partner near the border may
 * list a place in Belgium or Germany. The rule lives in `addressSchema`, so the finder's reader
 * accepts the same addresses the import does.
 */
import { addressSchema, locationSchema } from '../initiative-feed.ts';

export function isDutchAddress(country: string | undefined): boolean {
  return country === undefined || country === 'NL';
}

export const anyCountryAddressSchema = addressSchema;
export const anyCountryLocationSchema = locationSchema;
