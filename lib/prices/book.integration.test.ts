import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '@/lib/sandbox/money/pricing';
import { startWorld, type SandboxWorld } from '@/lib/dmapi/sandbox-world';
import { bookTlds, offeredYears, quotePrice } from './book';
import { loadPriceBook } from './load';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.sandbox.close());

describe('the price book', () => {
  it('quotes exactly what the sandbox charges, promotions included, for every TLD, operation and offered period', async () => {
    const now = w.sandbox.engine.clock.now();
    const book = await loadPriceBook(w.client, now);
    expect(book.currency).toBe('EUR');
    expect(bookTlds(book).length).toBeGreaterThan(10);
    let promoted = 0;
    for (const tld of bookTlds(book)) {
      for (const operation of ['create', 'renew', 'transfer'] as const) {
        for (const years of offeredYears(book, tld, operation)) {
          const charged = quote(w.state(), `price-check-name.${tld}`, operation, years, now);
          const shown = quotePrice(book, tld, operation, years, now);
          expect(shown?.total, `${operation} .${tld} for ${years} years`).toBe(charged.cents / 100);
          if (charged.promo) {
            promoted++;
            expect(shown?.promotion).toBeDefined();
            expect(shown?.standard).toBeGreaterThan(shown?.total ?? 0);
          }
        }
      }
      const restore = quote(w.state(), `price-check-name.${tld}`, 'restore', 1, now);
      expect(quotePrice(book, tld, 'restore', 1, now)?.total).toBe(restore.cents / 100);
    }
    expect(promoted, 'the seeded world has running promotions').toBeGreaterThan(0);
  });

  it('a promotion outside its dates does not apply; an unknown TLD has no price', async () => {
    const book = await loadPriceBook(w.client, w.sandbox.engine.clock.now());
    const promo = book.promotions.find((p) => p.validTo !== undefined);
    expect(promo).toBeDefined();
    if (!promo?.validTo) return;
    const years = Number(Object.keys(promo.byYears)[0]);
    expect(quotePrice(book, promo.tld, promo.operation, years, promo.validTo + 1)?.promotion).toBeUndefined();
    expect(quotePrice(book, 'no-such-tld', 'create', 1, Date.now())).toBeUndefined();
    expect(promo.periodType).toMatch(/^(exact|flex)$/);
  });

  it('each promotion carries query-promos-list terms whose netto price with VAT is what the sandbox charges', async () => {
    const now = w.sandbox.engine.clock.now();
    const book = await loadPriceBook(w.client, now);
    expect(book.vat).toBe(0.19);
    expect(book.promotions.length).toBe(w.state().promos.length);
    for (const p of book.promotions) {
      const terms = p.terms?.[0];
      expect(terms, `${p.operation} .${p.tld}`).toBeDefined();
      if (!terms) continue;
      expect(p.periodType).toBe(terms.periodType);
      const years = terms.minPeriod;
      const charged = quote(w.state(), `price-check-name.${p.tld}`, p.operation as 'create', years, (p.validFrom ?? now) + 1).cents / 100;
      const perCharge = terms.periodType === 'flex' ? terms.netPrice * years : terms.netPrice;
      expect(Math.abs(perCharge * (1 + terms.vat) - charged), `${p.operation} .${p.tld}`).toBeLessThanOrEqual(0.01 * years);
    }
  });
});
