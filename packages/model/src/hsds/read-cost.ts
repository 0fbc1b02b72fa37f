/**
 * What taking part costs: HSDS's fees text and its priced cost options, as the feed's
 * `{ free, description }`. Prices that no longer (or not yet) apply are left out with a warning.
 */
import type { WijkwijzerExtension } from '../initiative-feed.ts';
import type { Path } from './field-use.ts';
import { dateOf, expectRecord, itemsOf, markKnown, notice, take, takeText, warn, type ReadContext } from './context.ts';

type Cost = NonNullable<WijkwijzerExtension['cost']>;

function amountOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(?:[.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
  return undefined;
}

/** One current cost option in words, e.g. "Under 18s and Over 60s: GBP 35 per 1 hour session"; its amount, if any. */
function readCostOption(context: ReadContext, raw: unknown, path: Path): { text: string; amount: number | undefined } | undefined {
  const input = expectRecord(context, raw, path);
  if (!input) return undefined;
  const validTo = dateOf(input.valid_to);
  const validFrom = dateOf(input.valid_from);
  if (validTo !== undefined && validTo < context.today) return void warn(context, path, 'cost_ended');
  if (validFrom !== undefined && validFrom > context.today) return void warn(context, path, 'cost_not_yet');
  // A price that applies today: when it started says nothing more; when it ends the feed cannot say.
  if (validFrom !== undefined) take(context, input, path, 'valid_from');
  if (validTo !== undefined) notice(context, [...path, 'valid_to'], 'cost_until');
  markKnown(context, input, path, ['id', 'service_id']);
  const amount = amountOf(input.amount);
  if (amount !== undefined) take(context, input, path, 'amount');
  const currency = amount === undefined ? undefined : takeText(context, input, path, 'currency')?.toUpperCase();
  const price = amount === undefined ? undefined : [currency, String(amount), takeText(context, input, path, 'amount_description')].filter(Boolean).join(' ');
  const option = takeText(context, input, path, 'option');
  const text = [option, price].filter(Boolean).join(': ');
  return text ? { text, amount } : undefined;
}

/** The cost, and where in the input it starts; undefined when the service says nothing about cost. */
export function readCost(context: ReadContext, input: Record<string, unknown>, path: Path): { cost: Cost; from: Path } | undefined {
  // `fees` is the deprecated name of `fees_description`; it is used only when the new one is absent.
  const feesKey = typeof input.fees_description === 'string' && input.fees_description.trim() ? 'fees_description' : 'fees';
  const fees = takeText(context, input, path, feesKey);
  const options = itemsOf(context, input, path, 'cost_options').flatMap(({ raw, path: optionPath }) => readCostOption(context, raw, optionPath) ?? []);
  if (fees === undefined && options.length === 0) return undefined;
  const amounts = options.flatMap((option) => (option.amount === undefined ? [] : [option.amount]));
  const from: Path = [...path, fees === undefined ? 'cost_options' : feesKey];
  let free: boolean;
  if (amounts.some((amount) => amount > 0)) free = false;
  else if (amounts.length > 0 && amounts.length === options.length) free = true;
  else {
    // Calling something free that is not would cost a resident; the other way round only a search result.
    free = false;
    notice(context, from, 'free_unknown');
  }
  const description = [fees, ...options.map((option) => option.text)].filter(Boolean).join('\n');
  return { cost: { free, ...(description ? { description } : {}) }, from };
}
