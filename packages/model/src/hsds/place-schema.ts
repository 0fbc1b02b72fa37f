/**
 * The feed's location schema with one rule changed: a postcode must be Dutch only when the
 * address is in the Netherlands (no country, or NL). HSDS comes from anywhere, and a partner
 * near the border may list a place in Belgium or Germany.
 * TODO(lead): move this rule into `addressSchema` in initiative-feed.ts, so the finder's reader
 * accepts these addresses too, and use that schema here.
 */
import * as v from 'valibot';
import { label } from '../common.ts';
import { addressSchema, locationSchema } from '../initiative-feed.ts';

const DUTCH_POSTCODE = /^\d{4} ?[A-Z]{2}$/i;

export function isDutchAddress(country: string | undefined): boolean {
  return country === undefined || country === 'NL';
}

export const anyCountryAddressSchema = v.pipe(
  v.object({ ...addressSchema.entries, postal_code: label() }),
  v.forward(
    v.partialCheck(
      [['postal_code'], ['country']],
      (address) => !isDutchAddress(address.country) || DUTCH_POSTCODE.test(address.postal_code),
      'postal_code_or_country',
    ),
    ['postal_code'],
  ),
);

export const anyCountryLocationSchema = v.object({
  ...locationSchema.entries,
  addresses: v.optional(v.array(anyCountryAddressSchema)),
});
