import { priceBookFrom, type PriceRowLike, type PromoRowLike } from '@/lib/prices/book';
import { renewalPerYear } from '@/lib/prices/grid';
import type { PortfolioRow } from './types';

/** Figures of the panel's home page, computed from the same rows the domain list shows. Pure. */

const DAY = 86_400_000;
export const EXPIRY_WINDOWS = [7, 30, 60, 90] as const;
export const COVER_WINDOWS = [30, 60, 90] as const;

/**
 * One year's renewal price per TLD from the price list and the promotions, as lib/prices quotes it (the price Joker
 * charges). The bulk renewal's summary uses the same figures.
 */
export function renewalPrices(prices: readonly PriceRowLike[], promos: readonly PromoRowLike[], now: number): Map<string, number> {
  return renewalPerYear(priceBookFrom(prices, promos, now), now);
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

export interface ChartScale {
  /** Top of the left axis (weekly spend). */
  spendTop: number;
  /** Top of the right axis (running total, and the balance when it is on the scale). */
  totalTop: number;
  /** False when the balance is so far above the running total that drawing it would flatten the lines. */
  balanceOnScale: boolean;
}

/** A round axis top at or above `n`: 1, 2, 2.5, 5 × a power of ten. */
function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return (([1, 2, 2.5, 5, 10].find((m) => m * p >= n) ?? 10) as number) * p;
}

/**
 * Axes that keep the renewal chart readable: weekly spend on its own axis (a running total over 13 weeks is up to
 * 13 times a week), and the balance drawn only when it is within three times the running total; a balance that
 * dwarfs the renewals is stated in words instead of flattening them into the floor of the chart.
 */
export function chartScale(weeks: readonly WeekSpend[], balance: number): ChartScale {
  const spend = Math.max(0, ...weeks.map((w) => w.spend));
  const total = Math.max(0, ...weeks.map((w) => w.cumulative));
  const balanceOnScale = balance >= 0 && balance <= Math.max(total, spend) * 3;
  return {
    spendTop: niceCeil(spend * 1.1),
    totalTop: niceCeil(Math.max(total, balanceOnScale ? balance : 0) * 1.1),
    balanceOnScale,
  };
}

export function computeDashboard(rows: readonly PortfolioRow[], prices: Map<string, number>, balance: number, now: number): DashboardFigures {
  return { ...countFigures(rows, now), ...coverFigures(rows, prices, balance, now) };
}

const round = (n: number) => Math.round(n * 100) / 100;
