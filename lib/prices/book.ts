/**
 * THE price source of the panel: the price list (query-price-list) with its promotions, as one plain object that
 * the server reads once and hands to the browser. Every place that shows or checks a price (register, renew,
 * transfer, restore, privacy, the prices page, bulk renewals, the dashboard forecast) quotes from here, so the price
 * shown is the price Joker charges. Browser-safe and pure.
 *
 * The list's rows (DMAPI documentation, query-price-list; the live layout has one column per period, price-1y …
 * price-10y) are totals for N years in the account currency; `domain_promo` rows are promotions with their validity.
 * query-promos-list adds what the list does not say: whether a promotion is for exactly its period or any period in
 * its range ("exact"/"flex"), and the standard price it replaces.
 */
import { mergePromotions } from './promotions';

export const PRICE_OPERATIONS = ['create', 'renew', 'transfer', 'restore', 'privacy-basic', 'privacy-pro'] as const;
export type PriceOperation = (typeof PRICE_OPERATIONS)[number];

/** The price list names the redemption restore `rgp`. */
const OPERATION_ALIASES: Record<string, PriceOperation> = { rgp: 'restore', restore: 'restore' };

export function priceOperation(name: string | undefined): PriceOperation | undefined {
  const n = (name ?? '').trim().toLowerCase();
  return OPERATION_ALIASES[n] ?? ((PRICE_OPERATIONS as readonly string[]).includes(n) ? (n as PriceOperation) : undefined);
}

/** Totals by number of years: `{ 1: 8.9, 2: 17.8 }`. */
export type PriceByYears = Record<number, number>;

/**
 * What query-promos-list says about a promotion beyond its totals (DMAPI documentation, query-promos-list): "All
 * prices are netto (without VAT)"; `flex` prices are per year for any period from minPeriod to maxPeriod, `exact`
 * prices are the total for exactly minPeriod years (one row per period, so a promotion may have several terms).
 */
export interface PromoTerms {
  periodType: 'exact' | 'flex';
  minPeriod: number;
  maxPeriod: number;
  /** 0.19 = 19%; 0 when no VAT applies. */
  vat: number;
  netPrice: number;
  /** The regular netto price per year when the promotion is not running. */
  netStandard?: number;
  /** The netto price without the reseller discount (what a retail customer pays Joker). */
  netRetail?: number;
  currency: string;
}

export interface Promotion {
  tld: string;
  operation: PriceOperation;
  byYears: PriceByYears;
  /** Epoch ms; undefined = open. */
  validFrom?: number;
  validTo?: number;
  /** `exact`: only for its one period; `flex`: any period in its range (query-promos-list). */
  periodType?: 'exact' | 'flex';
  /** query-promos-list's rows for this promotion, when it lists them. */
  terms?: PromoTerms[];
}

export interface PriceBook {
  currency: string;
  /** tld → operation → totals by years (list prices). */
  list: Record<string, Partial<Record<PriceOperation, PriceByYears>>>;
  promotions: Promotion[];
  /** The VAT rate Joker applies to this account (query-promos-list `vat`), when the promotions list says. */
  vat?: number;
  /** When the book was read (epoch ms). */
  readAt: number;
}

/** What the price-list reader yields per row (lib/dmapi PriceListRow). */
export interface PriceRowLike {
  tld: string | undefined;
  operation: string | undefined;
  period: number | undefined;
  price: number | undefined;
  currency: string | undefined;
  columns: Record<string, string | undefined>;
}

/** What query-promos-list yields per row (lib/dmapi PromoRow), as far as the book needs it. */
export interface PromoRowLike {
  tld: string;
  operation: string;
  periodType: 'exact' | 'flex';
  validFrom: Date | undefined;
  validTo: Date | undefined;
  vat?: number;
  price?: number;
  standardPrice?: number | undefined;
  retailPrice?: number | undefined;
  minPeriod?: number;
  maxPeriod?: number;
  currency?: string;
}

export const normTld = (tld: string) => tld.trim().toLowerCase().replace(/^\./, '');

function epoch(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** The book from the two lists. Rows without a TLD, an operation the panel does not know, or a price are left out. */
export function priceBookFrom(rows: readonly PriceRowLike[], promos: readonly PromoRowLike[], readAt: number): PriceBook {
  const list: PriceBook['list'] = {};
  const promoByKey = new Map<string, Promotion>();
  let currency = '';
  for (const r of rows) {
    const operation = priceOperation(r.operation);
    if (!r.tld || !operation || r.price === undefined) continue;
    const tld = normTld(r.tld);
    const years = r.period && r.period > 0 ? (r.period > 10 ? Math.round(r.period / 12) : r.period) : 1;
    currency ||= r.currency ?? '';
    if ((r.columns['type'] ?? 'domain') === 'domain_promo') {
      const validFrom = epoch(r.columns['valid_from']);
      const validTo = epoch(r.columns['valid_until'] ?? r.columns['valid_to']);
      const key = `${tld} ${operation} ${validFrom ?? ''} ${validTo ?? ''}`;
      let promo = promoByKey.get(key);
      if (!promo) {
        promo = { tld, operation, byYears: {} };
        if (validFrom !== undefined) promo.validFrom = validFrom;
        if (validTo !== undefined) promo.validTo = validTo;
        promoByKey.set(key, promo);
      }
      promo.byYears[years] = r.price;
    } else {
      ((list[tld] ??= {})[operation] ??= {})[years] = r.price;
    }
  }
  const promotions = [...promoByKey.values()];
  const vat = mergePromotions(promotions, promos, currency);
  const book: PriceBook = { currency, list, promotions, readAt };
  if (vat !== undefined) book.vat = vat;
  return book;
}

export interface PriceQuote {
  /** What Joker charges now for this many years. */
  total: number;
  currency: string;
  years: number;
  /** The list price for the same years (equal to total without a promotion). */
  standard: number;
  /** The promotion that applies now, if any. */
  promotion?: Promotion;
}

/** Is the promotion running at `now` and does it cover `years`? */
export function promotionCovers(p: Promotion, years: number, now: number): boolean {
  if (p.validFrom !== undefined && now < p.validFrom) return false;
  if (p.validTo !== undefined && now > p.validTo) return false;
  return p.byYears[years] !== undefined;
}

function listTotal(byYears: PriceByYears | undefined, years: number): number | undefined {
  if (!byYears) return undefined;
  const listed = byYears[years];
  if (listed !== undefined) return listed;
  const one = byYears[1];
  return one === undefined ? undefined : Math.round(one * years * 100) / 100;
}

/**
 * The price of `operation` on a name under `tld` for `years` at `now`, promotions included; undefined when the list
 * has no price for it (the TLD or period is not offered). Premium names are priced by domain-check, not here.
 */
export function quotePrice(book: PriceBook, tld: string, operation: PriceOperation, years: number, now: number): PriceQuote | undefined {
  const t = normTld(tld);
  const standard = listTotal(book.list[t]?.[operation], years);
  const promotion = book.promotions.find((p) => p.tld === t && p.operation === operation && promotionCovers(p, years, now));
  const promoTotal = promotion?.byYears[years];
  if (standard === undefined && promoTotal === undefined) return undefined;
  const out: PriceQuote = { total: promoTotal ?? (standard as number), currency: book.currency, years, standard: standard ?? (promoTotal as number) };
  if (promotion && promoTotal !== undefined) out.promotion = promotion;
  return out;
}

/** The periods (in years) the list offers for an operation on a TLD, ascending. */
export function offeredYears(book: PriceBook, tld: string, operation: PriceOperation): number[] {
  return Object.keys(book.list[normTld(tld)]?.[operation] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every TLD with a list price, sorted. */
export function bookTlds(book: PriceBook): string[] {
  return Object.keys(book.list).sort();
}
