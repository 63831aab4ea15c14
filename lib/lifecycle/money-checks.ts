import 'server-only';
import { type DmapiClient, queryAccountBalance } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { formatMoney } from '@/lib/format';

/**
 * The checks every order makes on the server before anything is sent, whatever the browser showed: the price has not
 * grown since the person confirmed it, and the balance covers it. Refusals name the form field to mark.
 */

const TOP_UP = { label: 'Top up at Joker.com', href: 'https://joker.com/', action: 'top-up' as const };

/** Refuses when the price is above what the confirmation showed (a promotion ended, the price list changed). */
export function requireConfirmedPrice(total: number, confirmed: number | undefined, currency: string, field: string): void {
  if (confirmed === undefined) {
    throw new ExpectedFailure('The price was not confirmed.', { code: 'invalid', next: 'Review the price and confirm again.', fieldErrors: { [field]: ['Confirm the price first'] } });
  }
  if (total > confirmed + 0.005) {
    throw new ExpectedFailure(`The price is now ${formatMoney(total, currency)}, more than the ${formatMoney(confirmed, currency)} you confirmed. Nothing was ordered.`, {
      code: 'failed',
      next: 'Review the new price and confirm again.',
      fieldErrors: { [field]: [`Now ${formatMoney(total, currency)}`] },
    });
  }
}

/** The available balance, or a refusal when it does not cover `total`. */
export async function requireFunds(client: DmapiClient, total: number, field: string): Promise<{ balance: number; currency: string }> {
  const balance = await queryAccountBalance(client);
  if (balance.available + 0.005 < total) {
    const missing = total - balance.available;
    throw new ExpectedFailure(
      `The balance (${formatMoney(balance.available, balance.currency)}) does not cover ${formatMoney(total, balance.currency)}. Nothing was ordered.`,
      { code: 'failed', next: `Top up at least ${formatMoney(missing, balance.currency)} at Joker.com, then try again.`, fix: TOP_UP, fieldErrors: { [field]: ['The balance is too low for this'] } },
    );
  }
  return { balance: balance.available, currency: balance.currency };
}
