import type { GlobMatcher } from '@/lib/net/glob';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { COSTLY_KINDS, type JobParams, setPropertyOf } from './kinds';

/**
 * What a bulk action will do before it runs: which domains get a request, which are skipped and why, what it costs.
 * Pure; the server action gathers the facts (permissions, recent renewals, prices, balance, handle prefixes).
 */
export interface PlanFacts {
  /** The role × API-key check for paid orders ('order' on domains): a reason when refused. */
  orderRefusal?: string;
  /** ASCII names renewed in the last 6 hours (Joker renews a name at most once per 6 hours). */
  renewedRecently: ReadonlySet<string>;
  /** One year's renewal price per TLD. */
  renewPrices: ReadonlyMap<string, number>;
  balance: number;
  currency: string;
  /** TLD → contact-handle prefix from `login prefixes=1` (empty when unknown). */
  handlePrefixes: Readonly<Record<string, string>>;
  /** TLDs whose renew price class is not standard (premium): renew sends max-price. */
  premiumTlds?: ReadonlySet<string>;
  now: number;
  /** The selection came from a glob filter that DMAPI patterns can express; see patternCovers. */
  pattern?: string;
}

export interface PlannedItem {
  domain: string;
  skipReason?: string;
  /** Renew: the price this domain's renewal is expected to cost (sent as max-price where not standard). */
  price?: number;
}

export interface Plan {
  items: PlannedItem[];
  send: number;
  skipped: { reason: string; count: number; examples: string[] }[];
  /** Renew only. */
  cost?: { total: number; unpriced: number; balanceAfter: number; currency: string };
  /** One domain-set-property call with this pattern instead of one per domain. */
  pattern?: string;
}

const SIX_HOURS = 6 * 3_600_000;
export const NO_PRIVACY_SUBSCRIPTION = 'No privacy subscription: order privacy for this domain first (switching only works on a subscription)';
export const RENEWED_RECENTLY = 'Renewed in the last 6 hours (Joker renews a name at most once per 6 hours)';

function renewYears(params: Extract<JobParams, { kind: 'renew' }>, row: PortfolioRow): number {
  if (params.period) return params.period / 12;
  const currentYear = row.expires ? new Date(row.expires).getUTCFullYear() : new Date().getUTCFullYear();
  return Math.max(0, (params.expyear ?? currentYear) - currentYear);
}

function skipReasonFor(params: JobParams, row: PortfolioRow, facts: PlanFacts): string | undefined {
  if (COSTLY_KINDS.has(params.kind) && facts.orderRefusal) return facts.orderRefusal;
  switch (params.kind) {
    case 'lock':
      return row.locked ? 'Already locked' : undefined;
    case 'unlock':
      return row.locked ? undefined : 'Already unlocked';
    case 'autorenew':
      return row.autorenew === params.on ? `Autorenew is already ${params.on ? 'on' : 'off'}` : undefined;
    case 'privacy':
      if (row.privacy === (params.level === 'off' ? 'none' : params.level)) return `Privacy is already ${params.level}`;
      // domain-set-property only switches a subscription the domain holds; without one (no active level and no
      // subscription end date in the list) Joker refuses, so say so before sending anything.
      if (params.level !== 'off' && row.privacy === 'none' && !(row.privacyExpires > facts.now)) return NO_PRIVACY_SUBSCRIPTION;
      return undefined;
    case 'renew':
      if (facts.renewedRecently.has(row.domain)) return RENEWED_RECENTLY;
      if (params.expyear && row.expires && new Date(row.expires).getUTCFullYear() >= params.expyear) {
        return `Already expires in ${new Date(row.expires).getUTCFullYear()}`;
      }
      return undefined;
    case 'nameservers':
      return undefined;
    case 'contacts': {
      const prefix = facts.handlePrefixes[row.tld];
      if (!prefix) return undefined;
      for (const handle of [params.adminC, params.techC, params.billingC]) {
        if (handle && !handle.toUpperCase().startsWith(`${prefix.toUpperCase()}-`)) {
          return `Handle ${handle} is not valid for .${row.tld} (needs a ${prefix}- handle)`;
        }
      }
      return undefined;
    }
  }
}

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
  // One domain-set-property over the pattern: setting a flag that is already set is harmless, so nothing is skipped.
  if (facts.pattern && setPropertyOf(params) && rows.length > 1) {
    return { items: [{ domain: facts.pattern }], send: rows.length, skipped: [], pattern: facts.pattern };
  }
  const items: PlannedItem[] = [];
  const reasons = new Map<string, { count: number; examples: string[] }>();
  let total = 0;
  let unpriced = 0;
  for (const row of rows) {
    const reason = skipReasonFor(params, row, facts);
    if (reason) {
      const r = reasons.get(reason) ?? { count: 0, examples: [] };
      r.count++;
      if (r.examples.length < 5) r.examples.push(row.display);
      reasons.set(reason, r);
      items.push({ domain: row.domain, skipReason: reason });
      continue;
    }
    const item: PlannedItem = { domain: row.domain };
    if (params.kind === 'renew') {
      const perYear = facts.renewPrices.get(row.tld);
      if (perYear === undefined) unpriced++;
      else {
        item.price = Math.round(perYear * renewYears(params, row) * 100) / 100;
        total += item.price;
      }
    }
    items.push(item);
  }
  const send = items.filter((i) => !i.skipReason).length;
  const plan: Plan = {
    items,
    send,
    skipped: [...reasons].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.count - a.count),
  };
  if (params.kind === 'renew') {
    total = Math.round(total * 100) / 100;
    plan.cost = { total, unpriced, balanceAfter: Math.round((facts.balance - total) * 100) / 100, currency: facts.currency };
  }
  return plan;
}

export const RENEW_WINDOW_MS = SIX_HOURS;
