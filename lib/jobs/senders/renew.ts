import 'server-only';
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { type DmapiClient, domainCheck, domainRenew, queryAccountBalance, queryPriceList, queryPromosList, resultList } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { renewalPrices } from '@/lib/portfolio/dashboard';
import { RENEW_WINDOW_MS } from '../kinds';
import type { Plan } from '../plan';
import type { KindSender } from './types';

/**
 * Before a renew whose class the summary did not check: a premium (non-standard) price was never shown to anyone,
 * so the item is refused with that price rather than renewed with a max-price nobody confirmed. Returns the reason,
 * or undefined for a standard renewal.
 */
export async function premiumRefusal(client: DmapiClient, domain: string): Promise<string | undefined> {
  const check = await domainCheck(client, { domain, checkPrice: 'renew' });
  if (!check.needsMaxPrice) return undefined;
  const price = check.prices.find((p) => p.type === 'renew') ?? check.prices[0];
  const shown = price ? ` (${price.amount.toFixed(2)} ${price.currency} a year)` : '';
  return `Premium renewal price${shown} was not confirmed in the summary: renew this domain on its own to see and confirm its price`;
}

async function renewedRecently(db: Db, client: DmapiClient, accountUid: string, now: number): Promise<Set<string>> {
  const since = now - RENEW_WINDOW_MS;
  const out = new Set<string>();
  for (const r of await resultList(client, { rtype: 'domain-renew', period: 1 })) {
    if (r.object && r.status !== 'nack' && (r.timestamp?.getTime() ?? 0) >= since) out.add(r.object.toLowerCase());
  }
  // Renewals this panel sent that result-list may not show yet.
  const ours = await db
    .select({ domain: bulkJobItems.domain })
    .from(bulkJobItems)
    .innerJoin(bulkJobs, eq(bulkJobs.id, bulkJobItems.jobId))
    .where(and(eq(bulkJobs.accountUid, accountUid), eq(bulkJobs.kind, 'renew'), inArray(bulkJobItems.state, ['sent', 'done']), gt(bulkJobItems.sentAt, new Date(since))));
  for (const r of ours) out.add(r.domain);
  return out;
}

/** Above this many renewals the summary does not ask domain-check one by one; see `premiumUnchecked`. */
export const PREMIUM_CHECK_LIMIT = 100;

/** Non-standard (premium) renew prices by domain-check, for selections small enough to ask one by one. */
async function premiumPrices(client: DmapiClient, plan: Plan): Promise<Record<string, number> | undefined> {
  const todo = plan.items.filter((i) => !i.skipReason);
  if (todo.length > PREMIUM_CHECK_LIMIT) return undefined;
  const out: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const item = todo[next++] as (typeof todo)[number];
      try {
        const check = await domainCheck(client, { domain: item.domain, checkPrice: 'renew' });
        const price = check.prices.find((p) => p.type === 'renew') ?? check.prices[0];
        if (check.needsMaxPrice && price) out[item.domain] = price.amount;
      } catch {
        // No class known: the list price stands; Joker refuses a premium renew without max-price, item fails visibly.
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export const renewSender: KindSender<'renew'> = {
  request: 'domain-renew',
  async send(client, p, item, stored) {
    const maxPrice = stored.maxPrices?.[item.domain];
    if (stored.premiumUnchecked && maxPrice === undefined) {
      const refusal = await premiumRefusal(client, item.domain);
      if (refusal) throw new ExpectedFailure(refusal);
    }
    return domainRenew(client, {
      domain: item.domain,
      ...(p.period ? { period: p.period } : { expyear: p.expyear }),
      ...(maxPrice !== undefined ? { maxPrice } : {}),
    });
  },

  async gatherFacts({ db, client, session, now }) {
    const [recent, prices, promos, balance] = await Promise.all([
      renewedRecently(db, client, session.uid, now),
      queryPriceList(client),
      queryPromosList(client, { type: 'current' }).catch(() => []),
      queryAccountBalance(client),
    ]);
    return {
      renewedRecently: recent,
      renewPrices: renewalPrices(prices, promos, now),
      balance: balance.available,
      currency: balance.currency || session.currency,
    };
  },

  /**
   * Premium renewals: their price (per domain-check) replaces the list price in the total, and is stored as the
   * max-price the renewal sends. Large selections are not checked here; each item checks before it renews.
   */
  async confirmPlan({ client }, p, plan, balance) {
    if (!plan.cost) return {};
    const checked = await premiumPrices(client, plan);
    if (checked === undefined) return { premiumUnchecked: true, maxPrices: {} };
    const maxPrices: Record<string, number> = {};
    const years = p.period ? p.period / 12 : 1;
    for (const item of plan.items) {
      const premium = checked[item.domain];
      if (premium === undefined || item.skipReason) continue;
      const price = cents(premium * years);
      plan.cost.total = cents(plan.cost.total - (item.price ?? 0) + price);
      item.price = price;
      maxPrices[item.domain] = price;
    }
    plan.cost.balanceAfter = cents(balance - plan.cost.total);
    return { maxPrices };
  },
};
