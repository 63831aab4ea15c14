/**
 * query-promos-list merged into the price book: which period rule a promotion follows, its netto terms, and the
 * promotions the price list itself does not carry. Browser-safe and pure.
 */
import { normTld, priceOperation, type PriceByYears, type Promotion, type PromoRowLike, type PromoTerms } from './book';

/**
 * Attaches each query-promos-list row to its promotion (same TLD, operation and end), adding the promotions the list
 * lacks. Returns the VAT rate the rows give for this account, if any.
 */
export function mergePromotions(promotions: Promotion[], promos: readonly PromoRowLike[], currency: string): number | undefined {
  let vat: number | undefined;
  for (const p of promos) {
    const operation = priceOperation(p.operation);
    if (!operation) continue;
    vat ??= p.vat;
    const terms = termsOf(p, currency);
    let match = promotions.find(
      (x) => x.tld === normTld(p.tld) && x.operation === operation && (p.validTo === undefined || x.validTo === p.validTo.getTime()),
    );
    if (!match && terms) {
      // A promotion the price list does not carry (an older list layout): its totals from the netto terms.
      match = { tld: normTld(p.tld), operation, byYears: grossTotals(terms) };
      if (p.validFrom) match.validFrom = p.validFrom.getTime();
      if (p.validTo) match.validTo = p.validTo.getTime();
      promotions.push(match);
    }
    if (!match) continue;
    match.periodType = p.periodType;
    if (terms) (match.terms ??= []).push(terms);
  }
  return vat;
}

function termsOf(p: PromoRowLike, currency: string): PromoTerms | undefined {
  if (p.price === undefined) return undefined;
  const minPeriod = p.minPeriod ?? 1;
  const terms: PromoTerms = {
    periodType: p.periodType,
    minPeriod,
    // "exact … max_period will be equivalent to min_period".
    maxPeriod: p.periodType === 'exact' ? minPeriod : Math.max(minPeriod, p.maxPeriod ?? minPeriod),
    vat: p.vat ?? 0,
    netPrice: p.price,
    currency: p.currency || currency,
  };
  if (p.standardPrice !== undefined) terms.netStandard = p.standardPrice;
  if (p.retailPrice !== undefined) terms.netRetail = p.retailPrice;
  return terms;
}

/** Totals with VAT from netto terms: flex is per year over its range, exact is the total for its one period. */
function grossTotals(t: PromoTerms): PriceByYears {
  const gross = (net: number) => Math.round(net * (1 + t.vat) * 100) / 100;
  if (t.periodType === 'exact') return { [t.minPeriod]: gross(t.netPrice) };
  const out: PriceByYears = {};
  for (let y = t.minPeriod; y <= t.maxPeriod; y++) out[y] = gross(t.netPrice * y);
  return out;
}

/** Is the promotion running at `now`, still to come, or over? */
export function promotionState(p: Promotion, now: number): 'current' | 'upcoming' | 'ended' {
  if (p.validFrom !== undefined && now < p.validFrom) return 'upcoming';
  if (p.validTo !== undefined && now > p.validTo) return 'ended';
  return 'current';
}

/**
 * The periods a promotion's price applies to, in words (DMAPI documentation, query-promos-list `period_type`):
 * flex is per year for any period in its range; exact is the total for exactly that period.
 */
export function describePromotionPeriod(p: Promotion): string {
  const years = Object.keys(p.byYears).map(Number).sort((a, b) => a - b);
  const span = (a: number, b: number) => (a === b ? `${a} year${a === 1 ? '' : 's'}` : `${a} to ${b} years`);
  if (p.periodType === 'exact') {
    return `Exact: only for a period of exactly ${years.map((y) => span(y, y)).join(' or ')}; the price is the total for that period.`;
  }
  const first = years[0] ?? 1;
  const last = years[years.length - 1] ?? first;
  const flex = `Flex: any period of ${span(first, last)}; the promotional price is charged for every year.`;
  return p.periodType === 'flex' ? flex : `${flex} (The promotions list does not say; read from the price list.)`;
}
