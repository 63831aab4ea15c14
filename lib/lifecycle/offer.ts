/**
 * What a TLD costs, as plain data for a form: per operation and number of years the price Joker charges now
 * (promotions applied) and the list price, and privacy per year. Built on the server from the price book (lib/prices)
 * and handed to the browser, which then prices a change of period without asking again. Browser-safe.
 */
import { offeredYears, type PriceBook, type PriceOperation, quotePrice } from '@/lib/prices/book';

export interface OfferPrice {
  total: number;
  /** The list price for the same years (equal to total without a promotion). */
  standard: number;
  /** A running promotion: its validity (epoch ms), when the price list says. */
  promo?: { from?: number; to?: number };
}

export interface TldOffer {
  tld: string;
  currency: string;
  /** operation → years → price. Only what the price list offers. */
  prices: Partial<Record<PriceOperation, Record<number, OfferPrice>>>;
}

const OPERATIONS: readonly PriceOperation[] = ['create', 'renew', 'transfer', 'restore', 'privacy-basic', 'privacy-pro'];

export function tldOffer(book: PriceBook, tld: string, now: number): TldOffer {
  const prices: TldOffer['prices'] = {};
  for (const operation of OPERATIONS) {
    const years = offeredYears(book, tld, operation);
    // Privacy is listed per year; a term of N years costs N times that (lib/prices listTotal does the same).
    const wanted = operation.startsWith('privacy') && years.length > 0 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : years;
    for (const y of wanted) {
      const q = quotePrice(book, tld, operation, y, now);
      if (!q) continue;
      const price: OfferPrice = { total: q.total, standard: q.standard };
      if (q.promotion) {
        price.promo = {};
        if (q.promotion.validFrom !== undefined) price.promo.from = q.promotion.validFrom;
        if (q.promotion.validTo !== undefined) price.promo.to = q.promotion.validTo;
      }
      (prices[operation] ??= {})[y] = price;
    }
  }
  return { tld, currency: book.currency, prices };
}

/** The years an operation is offered for, ascending. */
export function offerYears(offer: TldOffer, operation: PriceOperation): number[] {
  return Object.keys(offer.prices[operation] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

export function offerPrice(offer: TldOffer, operation: PriceOperation, years: number): OfferPrice | undefined {
  return offer.prices[operation]?.[years];
}

/** Whois privacy is offered for the TLD (the price list has a privacy price for it). */
export function offersPrivacy(offer: TldOffer): boolean {
  return offer.prices['privacy-basic'] !== undefined;
}

export const roundCents = (n: number): number => Math.round(n * 100) / 100;
