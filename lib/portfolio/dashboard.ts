import type { PortfolioRow } from './types';

/** Figures of the panel's home page, computed from the same rows the domain list shows. Pure. */

const DAY = 86_400_000;
export const EXPIRY_WINDOWS = [7, 30, 60, 90] as const;
export const COVER_WINDOWS = [30, 60, 90] as const;

export interface PriceLike {
  tld: string | undefined;
  operation: string | undefined;
  period: number | undefined;
  price: number | undefined;
}
export interface PromoLike {
  operation: string;
  tld: string;
  vat: number;
  price: number;
  minPeriod: number;
  periodType: 'exact' | 'flex';
  validFrom: Date | undefined;
  validTo: Date | undefined;
}

/**
 * One year's renewal price per TLD: query-price-list (VAT included) or a current renew promo when cheaper. Promo
 * prices are netto (004 seed), so VAT is added; an `exact` promo for more than one year does not price a 1-year renew.
 */
export function renewalPrices(prices: readonly PriceLike[], promos: readonly PromoLike[], now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of prices) {
    if (!p.tld || p.price === undefined || !/renew/i.test(p.operation ?? '')) continue;
    const years = p.period && p.period > 0 ? (p.period >= 12 ? p.period / 12 : p.period) : 1;
    const perYear = p.price / years;
    const tld = p.tld.toLowerCase().replace(/^\./, '');
    const known = out.get(tld);
    if (known === undefined || (years === 1 && perYear < known)) out.set(tld, perYear);
  }
  for (const promo of promos) {
    if (!/renew/i.test(promo.operation)) continue;
    if (promo.validFrom && promo.validFrom.getTime() > now) continue;
    if (promo.validTo && promo.validTo.getTime() < now) continue;
    if (promo.periodType === 'exact' && promo.minPeriod > 1) continue;
    const tld = promo.tld.toLowerCase().replace(/^\./, '');
    const gross = Math.round(promo.price * (1 + promo.vat) * 100) / 100;
    const known = out.get(tld);
    if (known === undefined || gross < known) out.set(tld, gross);
  }
  return out;
}

export interface CoverFigure {
  days: number;
  /** Autorenew domains expiring in the window. */
  domains: number;
  cost: number;
  /** Domains (latest-expiring first to go) whose renewal the available balance does not cover. */
  uncovered: number;
  shortfall: number;
  /** TLDs without a known price (their renewals are counted but not priced). */
  unpriced: number;
}

export interface WeekSpend {
  /** Week start, ms. */
  start: number;
  label: string;
  spend: number;
  cumulative: number;
  balance: number;
}

export interface CountFigures {
  total: number;
  byTld: { tld: string; count: number }[];
  expiring: { days: number; count: number }[];
  expired: number;
}

export interface CoverFigures {
  cover: CoverFigure[];
  weeks: WeekSpend[];
}

export type DashboardFigures = CountFigures & CoverFigures;

/** The overview's fast figures: counts only, no prices needed. */
export function countFigures(rows: readonly PortfolioRow[], now: number): CountFigures {
  const tlds = new Map<string, number>();
  const expiring = EXPIRY_WINDOWS.map((days) => ({ days, count: 0 }));
  let expired = 0;
  for (const r of rows) {
    tlds.set(r.tld, (tlds.get(r.tld) ?? 0) + 1);
    if (r.expires === 0) continue;
    if (r.expires < now) {
      expired++;
      continue;
    }
    for (const w of expiring) if (r.expires <= now + w.days * DAY) w.count++;
  }
  const byTld = [...tlds].map(([tld, count]) => ({ tld, count })).sort((a, b) => b.count - a.count || a.tld.localeCompare(b.tld));
  return { total: rows.length, byTld, expiring, expired };
}

/** The overview's slow figures: autorenewals against the balance, which need the price list and the promos. */
export function coverFigures(rows: readonly PortfolioRow[], prices: Map<string, number>, balance: number, now: number): CoverFigures {
  const renewals: { at: number; price: number | undefined }[] = [];
  const horizon = now + 91 * DAY;
  for (const r of rows) {
    if (r.autorenew && r.expires >= now && r.expires <= horizon) renewals.push({ at: r.expires, price: prices.get(r.tld) });
  }
  renewals.sort((a, b) => a.at - b.at);

  const cover = COVER_WINDOWS.map((days): CoverFigure => {
    const until = now + days * DAY;
    let cost = 0;
    let count = 0;
    let uncovered = 0;
    let unpriced = 0;
    for (const r of renewals) {
      if (r.at > until) break;
      count++;
      if (r.price === undefined) {
        unpriced++;
        continue;
      }
      cost += r.price;
      if (cost > balance + 1e-9) uncovered++;
    }
    return { days, domains: count, cost: round(cost), uncovered, shortfall: round(Math.max(0, cost - balance)), unpriced };
  });

  const weeks: WeekSpend[] = [];
  let cumulative = 0;
  let k = 0;
  for (let w = 0; w < 13; w++) {
    const start = now + w * 7 * DAY;
    const end = start + 7 * DAY;
    let spend = 0;
    while (k < renewals.length && (renewals[k] as { at: number }).at < end) spend += renewals[k++]?.price ?? 0;
    cumulative += spend;
    weeks.push({ start, label: new Date(start).toISOString().slice(5, 10), spend: round(spend), cumulative: round(cumulative), balance: round(balance) });
  }
  return { cover, weeks };
}

export function computeDashboard(rows: readonly PortfolioRow[], prices: Map<string, number>, balance: number, now: number): DashboardFigures {
  return { ...countFigures(rows, now), ...coverFigures(rows, prices, balance, now) };
}

const round = (n: number) => Math.round(n * 100) / 100;
