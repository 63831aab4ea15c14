import 'server-only';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { permission } from '@/lib/auth';
import type { PanelSession } from '@/lib/auth';
import type { Db } from '@/lib/db';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { type DmapiClient, domainCheck, queryAccountBalance, queryPriceList, queryPromosList, resultList } from '@/lib/dmapi';
import { compileGlob, isDomainPattern, isGlob } from '@/lib/net/glob';
import { renewalPrices } from '@/lib/portfolio/dashboard';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { DEFAULT_FILTERS, filterRows } from '@/lib/portfolio/filter';
import { loadPortfolio } from '@/lib/portfolio/server';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { filtersFromParams } from '@/lib/portfolio/url-state';
import type { StoredJobParams } from './dmapi-executor';
import { describeJob, type JobParams } from './kinds';
import { patternCovers, type Plan, type PlanFacts, planJob, RENEW_WINDOW_MS } from './plan';
import type { BulkRequest, Selection } from './request';
import { insertJob } from './store';

/** The selected rows of the current portfolio, and the DMAPI pattern that covers exactly them, if any. */
export async function resolveSelection(client: DmapiClient, selection: Selection, now = Date.now()) {
  const all = decodePortfolio(await loadPortfolio(client));
  if (selection.mode === 'domains') {
    const wanted = new Set(selection.domains);
    return { rows: all.filter((r) => wanted.has(r.domain)), pattern: undefined };
  }
  const filters = filtersFromParams(new URLSearchParams(selection.query));
  const exclude = new Set(selection.exclude);
  const rows = filterRows(all, filters, now).filter((r) => !exclude.has(r.domain));
  const onlyGlob = Object.entries(filters).every(([k, v]) => k === 'q' || k === 'sort' || k === 'dir' || v === DEFAULT_FILTERS[k as keyof typeof DEFAULT_FILTERS]);
  let pattern: string | undefined;
  const q = filters.q.trim().toLowerCase();
  if (onlyGlob && isGlob(q) && isDomainPattern(q) && patternCovers(compileGlob(q), rows, all)) pattern = q;
  return { rows, pattern };
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
async function premiumPrices(client: DmapiClient, plan: Plan, rows: PortfolioRow[]): Promise<Record<string, number> | undefined> {
  const todo = plan.items.filter((i) => !i.skipReason);
  if (todo.length > PREMIUM_CHECK_LIMIT) return undefined;
  const out: Record<string, number> = {};
  const byDomain = new Map(rows.map((r) => [r.domain, r]));
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const item = todo[next++] as (typeof todo)[number];
      try {
        const check = await domainCheck(client, { domain: item.domain, checkPrice: 'renew' });
        const price = check.prices.find((p) => p.type === 'renew') ?? check.prices[0];
        if (check.needsMaxPrice && price && byDomain.has(item.domain)) out[item.domain] = price.amount;
      } catch {
        // No class known: the list price stands; Joker refuses a premium renew without max-price, item fails visibly.
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

export interface PlannedBulk {
  plan: Plan;
  rows: PortfolioRow[];
  maxPrices: Record<string, number>;
  /**
   * Renewals whose price class the summary did not check (large selections): each item checks its own class before
   * the renew and refuses a premium price nobody confirmed, instead of sending an unconfirmed max-price.
   */
  premiumUnchecked: boolean;
}

export async function planBulk(db: Db, session: PanelSession, client: DmapiClient, request: BulkRequest, now = Date.now()): Promise<PlannedBulk> {
  const { rows, pattern } = await resolveSelection(client, request.selection, now);
  const action: JobParams = request.action;
  const order = permission(session, 'domains', 'order');
  const facts: PlanFacts = {
    renewedRecently: new Set(),
    renewPrices: new Map(),
    balance: session.account.balance,
    currency: session.currency,
    handlePrefixes: client.session?.prefixes ?? {},
    now,
    ...(pattern ? { pattern } : {}),
    ...(order.allowed ? {} : { orderRefusal: order.reason }),
  };
  if (action.kind === 'renew' && order.allowed) {
    const [recent, prices, promos, balance] = await Promise.all([
      renewedRecently(db, client, session.uid, now),
      queryPriceList(client),
      queryPromosList(client, { type: 'current' }).catch(() => []),
      queryAccountBalance(client),
    ]);
    facts.renewedRecently = recent;
    facts.renewPrices = renewalPrices(prices, promos, now);
    facts.balance = balance.available;
    facts.currency = balance.currency || session.currency;
  }
  const plan = planJob(action, rows, facts);
  let maxPrices: Record<string, number> = {};
  let premiumUnchecked = false;
  if (action.kind === 'renew' && plan.cost) {
    const checked = await premiumPrices(client, plan, rows);
    premiumUnchecked = checked === undefined;
    maxPrices = checked ?? {};
    for (const item of plan.items) {
      const premium = maxPrices[item.domain];
      if (premium === undefined || item.skipReason) continue;
      const years = action.period ? action.period / 12 : 1;
      const price = Math.round(premium * years * 100) / 100;
      plan.cost.total = Math.round((plan.cost.total - (item.price ?? 0) + price) * 100) / 100;
      item.price = price;
      maxPrices[item.domain] = price;
    }
    plan.cost.balanceAfter = Math.round((facts.balance - plan.cost.total) * 100) / 100;
  }
  return { plan, rows, maxPrices, premiumUnchecked };
}

/** Stores the planned job; the runner picks it up. Returns its id. */
export async function createBulkJob(db: Db, session: PanelSession, request: BulkRequest, planned: PlannedBulk): Promise<number> {
  const params: StoredJobParams = {
    action: request.action,
    maxPrices: planned.maxPrices,
    actorRole: session.role,
    ...(planned.premiumUnchecked ? { premiumUnchecked: true } : {}),
  };
  const count = planned.plan.pattern ? ` (pattern ${planned.plan.pattern}, ${planned.plan.send} domains)` : `: ${planned.rows.length} domains`;
  const job = await insertJob(db, {
    kind: request.action.kind,
    params,
    accountUid: session.uid,
    createdBy: session.actorFingerprint,
    createdByName: session.actorName,
    sessionId: session.id,
    title: `${describeJob(request.action)}${count}`,
    items: planned.plan.items.map((i) => ({
      domain: i.domain,
      isPattern: planned.plan.pattern !== undefined,
      ...(i.skipReason ? { skipReason: i.skipReason } : {}),
    })),
  });
  return job.id;
}
