import { describe, expect, it } from 'vitest';
import { priceBookFrom, quotePrice, type PriceRowLike, type PromoRowLike } from './book';
import { nettoOf, promotionsByState, renewalPerYear, tldPriceRows } from './grid';
import { describePromotionPeriod, promotionState } from './promotions';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const DAY = 86_400_000;

/** Rows as the live layout spreads them (one per period), list prices with VAT included. */
function rows(tld: string, operation: string, perYear: number, years: number, type = 'domain', from?: string, until?: string): PriceRowLike[] {
  return Array.from({ length: years }, (_, i) => ({
    tld,
    operation,
    period: i + 1,
    price: Math.round(perYear * (i + 1) * 100) / 100,
    currency: 'EUR',
    columns: { type, valid_from: from, valid_until: until },
  }));
}

const from = new Date(NOW - 10 * DAY).toISOString();
const until = new Date(NOW + 20 * DAY).toISOString();
const later = new Date(NOW + 30 * DAY).toISOString();
const end = new Date(NOW + 60 * DAY).toISOString();
const list = [
  ...rows('com', 'create', 11.9, 10),
  ...rows('com', 'renew', 11.9, 10),
  ...rows('com', 'transfer', 11.9, 1),
  ...rows('com', 'rgp', 23.8, 1),
  ...rows('de', 'create', 5.95, 5),
  ...rows('de', 'renew', 5.95, 5),
  // Promotions in the price list: com create flex 1–3 years at 5.95 a year; de renew exact 2 years for 9.52 in all.
  ...rows('com', 'create', 5.95, 3, 'domain_promo', from, until),
  { tld: 'de', operation: 'renew', period: 2, price: 9.52, currency: 'EUR', columns: { type: 'domain_promo', valid_from: from, valid_until: until } },
  // Coming later: com transfer at 8.33.
  ...rows('com', 'transfer', 8.33, 1, 'domain_promo', later, end),
];
const promo = (tld: string, operation: string, price: number, min: number, max: number, periodType: 'flex' | 'exact', f: string, t: string): PromoRowLike => ({
  tld, operation, periodType, price, vat: 0.19, standardPrice: 10, retailPrice: 16.67, minPeriod: min, maxPeriod: max, currency: 'EUR',
  validFrom: new Date(f), validTo: new Date(t),
});
const promos = [
  promo('com', 'create', 5, 1, 3, 'flex', from, until),
  promo('de', 'renew', 8, 2, 2, 'exact', from, until),
  promo('com', 'transfer', 7, 1, 1, 'flex', later, end),
  // Only in the promotions list: .net renew 1 year at 4 netto.
  promo('net', 'renew', 4, 1, 1, 'flex', from, until),
];
const book = priceBookFrom(list, promos, NOW);

describe('promotions from query-promos-list', () => {
  it('attach their netto terms and period rule to the price list promotion, and give the account VAT', () => {
    const com = book.promotions.find((p) => p.tld === 'com' && p.operation === 'create');
    expect(com?.periodType).toBe('flex');
    expect(com?.terms).toEqual([{ periodType: 'flex', minPeriod: 1, maxPeriod: 3, vat: 0.19, netPrice: 5, netStandard: 10, netRetail: 16.67, currency: 'EUR' }]);
    expect(book.vat).toBe(0.19);
    expect(nettoOf(book, 11.9)).toBe(10);
  });

  it('add a promotion the price list lacks, its totals from the netto price with VAT', () => {
    const net = book.promotions.find((p) => p.tld === 'net');
    expect(net?.byYears).toEqual({ 1: 4.76 });
    expect(quotePrice(book, 'net', 'renew', 1, NOW)?.total).toBe(4.76);
  });

  it('are sorted into running and coming; an ended one is neither', () => {
    const { current, upcoming } = promotionsByState(book, NOW);
    expect(current.map((p) => `${p.tld} ${p.operation}`)).toEqual(['com create', 'de renew', 'net renew']);
    expect(upcoming.map((p) => `${p.tld} ${p.operation}`)).toEqual(['com transfer']);
    expect(promotionState(upcoming[0]!, Date.parse(end) + 1)).toBe('ended');
  });

  it('explain flex and exact in words', () => {
    const { current } = promotionsByState(book, NOW);
    expect(describePromotionPeriod(current[0]!)).toBe('Flex: any period of 1 to 3 years; the promotional price is charged for every year.');
    expect(describePromotionPeriod(current[1]!)).toBe('Exact: only for a period of exactly 2 years; the price is the total for that period.');
  });
});

describe('the prices table', () => {
  it('quotes every TLD for the chosen period, the promotion next to the standard price', () => {
    const [com, de] = tldPriceRows(book, 2, NOW);
    expect(com?.tld).toBe('com');
    expect(com?.quotes.create).toMatchObject({ total: 11.9, standard: 23.8, years: 2 });
    expect(com?.quotes.create?.promotion?.periodType).toBe('flex');
    expect(com?.quotes.renew).toMatchObject({ total: 23.8, standard: 23.8 });
    expect(com?.quotes.renew?.promotion).toBeUndefined();
    // Transfer is listed for one year only: longer periods are that price times the years.
    expect(com?.quotes.transfer?.total).toBe(23.8);
    expect(com?.quotes.restore).toMatchObject({ total: 23.8, years: 1 });
    expect(com?.maxYears).toBe(10);
    expect(com?.promoted).toBe(true);
    // The exact promotion is for 2 years only.
    expect(de?.quotes.renew).toMatchObject({ total: 9.52, standard: 11.9 });
    expect(tldPriceRows(book, 1, NOW)[1]?.quotes.renew?.promotion).toBeUndefined();
    expect(de?.quotes.restore).toBeUndefined();
  });

  it('prices a one-year renewal per TLD for the forecast: an exact two-year promotion does not count', () => {
    const renew = renewalPerYear(book, NOW);
    expect(Object.fromEntries(renew)).toEqual({ com: 11.9, de: 5.95, net: 4.76 });
  });
});
