import type { GlobMatcher } from '@/lib/net/glob';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { type JobParams, kindOf, type PlanFacts } from './kinds';

/**
 * What a bulk action will do before it runs: which domains get a request, which are skipped and why, what it costs.
 * Pure; the skip rules and prices come from the kind's registry entry, the facts from the server (lib/jobs/create.ts).
 */
export type { PlanFacts } from './kinds';
export { NO_PRIVACY_SUBSCRIPTION, RENEWED_RECENTLY, RENEW_WINDOW_MS } from './kinds';

export interface PlannedItem {
  domain: string;
  skipReason?: string;
  /** Priced kinds: what this domain's request is expected to cost (sent as max-price where not standard). */
  price?: number;
}

export interface Plan {
  items: PlannedItem[];
  send: number;
  skipped: { reason: string; count: number; examples: string[] }[];
  /** Priced kinds (renew) only. */
  cost?: { total: number; unpriced: number; balanceAfter: number; currency: string };
  /** One domain-set-property call with this pattern instead of one per domain. */
  pattern?: string;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** True when the pattern matches exactly the selected rows among all rows (ASCII names, as the DMAPI matches). */
export function patternCovers(pattern: GlobMatcher, selected: readonly PortfolioRow[], all: readonly PortfolioRow[]): boolean {
  const chosen = new Set(selected.map((r) => r.domain));
  let matched = 0;
  for (const r of all) {
    if (!pattern.test(r.domain)) continue;
    if (!chosen.has(r.domain)) return false;
    matched++;
  }
  return matched === chosen.size;
}

export function planJob(params: JobParams, rows: readonly PortfolioRow[], facts: PlanFacts): Plan {
  const def = kindOf(params.kind);
  // One domain-set-property over the pattern: setting a flag that is already set is harmless, so nothing is skipped.
  if (facts.pattern && def.patternForm && !facts.refusal && rows.length > 1) {
    return { items: [{ domain: facts.pattern }], send: rows.length, skipped: [], pattern: facts.pattern };
  }
  const items: PlannedItem[] = [];
  const reasons = new Map<string, { count: number; examples: string[] }>();
  let total = 0;
  let unpriced = 0;
  for (const row of rows) {
    const reason = facts.refusal ?? def.skip(params, row, facts);
    if (reason) {
      const r = reasons.get(reason) ?? { count: 0, examples: [] };
      r.count++;
      if (r.examples.length < 5) r.examples.push(row.display);
      reasons.set(reason, r);
      items.push({ domain: row.domain, skipReason: reason });
      continue;
    }
    const item: PlannedItem = { domain: row.domain };
    if (def.price) {
      const price = def.price(params, row, facts);
      if (price === undefined) unpriced++;
      else {
        item.price = price;
        total += price;
      }
    }
    items.push(item);
  }
  const plan: Plan = {
    items,
    send: items.filter((i) => !i.skipReason).length,
    skipped: [...reasons].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.count - a.count),
  };
  if (def.price) {
    total = cents(total);
    plan.cost = { total, unpriced, balanceAfter: cents(facts.balance - total), currency: facts.currency };
  }
  return plan;
}
