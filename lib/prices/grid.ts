/**
 * Views of the price book for the pages: the prices table (every TLD at one period), the promotions by state, and
 * the one-year renewal price per TLD (the overview's forecast, bulk renewals). All quote through quotePrice, so each
 * figure is the price Joker charges. Browser-safe and pure.
 */
import { bookTlds, offeredYears, type PriceBook, type PriceQuote, type Promotion, quotePrice } from './book';
import { promotionState } from './promotions';

/** The operations of the prices table; restore (from redemption) is one-off, priced for one year. */
export const TABLE_OPERATIONS = ['create', 'renew', 'transfer', 'restore'] as const;
export type TableOperation = (typeof TABLE_OPERATIONS)[number];

export interface TldPriceRow {
  tld: string;
  /** The quote for the asked period (restore: its one price), or undefined when the TLD does not offer it. */
  quotes: Partial<Record<TableOperation, PriceQuote>>;
  /** The longest registration the list prices, in years. */
  maxYears: number;
  /** Some operation of this TLD has a promotion running now or coming. */
  promoted: boolean;
}

/** One row per TLD of the book, quoted for `years` at `now`. */
export function tldPriceRows(book: PriceBook, years: number, now: number): TldPriceRow[] {
  const promotedTlds = new Set(book.promotions.filter((p) => promotionState(p, now) !== 'ended').map((p) => p.tld));
  return bookTlds(book).map((tld) => {
    const quotes: TldPriceRow['quotes'] = {};
    for (const operation of TABLE_OPERATIONS) {
      const q = quotePrice(book, tld, operation, operation === 'restore' ? 1 : years, now);
      if (q) quotes[operation] = q;
    }
    return { tld, quotes, maxYears: Math.max(0, ...offeredYears(book, tld, 'create')), promoted: promotedTlds.has(tld) };
  });
}

/** The promotions running now and those still to come, each sorted by TLD; ended ones are left out. */
export function promotionsByState(book: PriceBook, now: number): { current: Promotion[]; upcoming: Promotion[] } {
  const sorted = [...book.promotions].sort((a, b) => a.tld.localeCompare(b.tld) || a.operation.localeCompare(b.operation));
  return {
    current: sorted.filter((p) => promotionState(p, now) === 'current'),
    upcoming: sorted.filter((p) => promotionState(p, now) === 'upcoming'),
  };
}

/** The list price the promotion replaces, for the same years (what the table shows beside the promotional price). */
export function standardFor(book: PriceBook, p: Promotion, years: number): number | undefined {
  return quotePrice(book, p.tld, p.operation, years, Number.NEGATIVE_INFINITY)?.standard;
}

/**
 * What a one-year renewal costs per TLD at `now`, promotions included: a promotion counts only when it covers a
 * one-year renewal (an `exact` promotion for two years does not).
 */
export function renewalPerYear(book: PriceBook, now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tld of bookTlds(book)) {
    const q = quotePrice(book, tld, 'renew', 1, now);
    if (q) out.set(tld, q.total);
  }
  for (const p of book.promotions) {
    if (p.operation !== 'renew' || out.has(p.tld)) continue;
    const q = quotePrice(book, p.tld, 'renew', 1, now);
    if (q) out.set(p.tld, q.total);
  }
  return out;
}

/** The netto part of a price with VAT, when the book knows the account's VAT rate. */
export function nettoOf(book: PriceBook, gross: number): number | undefined {
  return book.vat === undefined ? undefined : Math.round((gross / (1 + book.vat)) * 100) / 100;
}
