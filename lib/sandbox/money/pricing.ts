import { DmapiError } from '../errors';
import { tldOf } from '../../net/suffix';
import { unsupportedTld } from '../rules/names';
import type { Promo, SandboxState } from '../state/types';

export type PriceAction = 'create' | 'renew' | 'transfer' | 'restore';

export interface Quote {
  cents: number;
  currency: string;
  years: number;
  tld: string;
  premium: boolean;
  domainClass: string; // 'standard' or the premium class
  promo: Promo | null;
}

/**
 * Period in months as the DMAPI takes it (a multiple of 12; "period is in MONTHS, NOT YEARS"). domain-check also
 * accepts 1..10 as years; pass `allowYears` there.
 */
export function periodYears(raw: string | undefined, field = 'period', allowYears = false): number {
  if (raw === undefined || raw.trim() === '') return 1;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n <= 0) throw new DmapiError('syntax', `${field}: must be a whole number of months`);
  if (allowYears && n >= 1 && n <= 10) return n;
  if (n % 12 !== 0) throw new DmapiError('range', `${field}: must be a multiple of 12 months`);
  const years = n / 12;
  if (years < 1 || years > 10) throw new DmapiError('range', `${field}: must be between 12 and 120 months`);
  return years;
}

function activePromo(state: SandboxState, tld: string, action: PriceAction, years: number, now: number): Promo | null {
  for (const p of state.promos) {
    if (p.tld !== tld || p.action !== action || now < p.startsAt || now > p.endsAt) continue;
    if (p.mode === 'flex' && years >= p.minYears && years <= p.maxYears) return p;
    if (p.mode === 'exact' && years === p.minYears) return p;
  }
  return null;
}

/** The price the account would pay now for `action` on `domain` over `years` (promos and premium included). */
export function quote(state: SandboxState, domain: string, action: PriceAction, years: number, now: number): Quote {
  const tld = tldOf(domain);
  const entry = state.prices[tld];
  if (!entry) throw new DmapiError('policy', unsupportedTld('domain', tld));
  const premium = state.premium[domain.toLowerCase()];
  if (premium) {
    const perYear = action === 'restore' ? premium.renew : premium[action];
    const cents = action === 'restore' ? entry.restore + perYear : perYear * years;
    return { cents, currency: entry.currency, years, tld, premium: true, domainClass: premium.domainClass, promo: null };
  }
  if (action === 'restore') {
    return { cents: entry.restore, currency: entry.currency, years: 1, tld, premium: false, domainClass: 'standard', promo: null };
  }
  const promo = activePromo(state, tld, action, years, now);
  let cents: number;
  if (promo) cents = promo.mode === 'flex' ? promo.priceCents * years : promo.priceCents;
  else {
    const table = entry[action];
    const listed = table[years];
    const one = table[1];
    if (listed !== undefined) cents = listed;
    else if (one !== undefined) cents = one * years;
    else throw new DmapiError('policy', `period: ${years} years not offered for .${tld}`);
  }
  return { cents, currency: entry.currency, years, tld, premium: false, domainClass: 'standard', promo };
}

/**
 * The max-price rule: for premium (non-standard) prices `max-price` is required; when given it must be a number above
 * 0 and not below the actual price.
 */
export function checkMaxPrice(q: Quote, maxPriceRaw: string | undefined): void {
  const raw = maxPriceRaw?.trim();
  if (raw) {
    const max = Number(raw);
    if (!Number.isFinite(max) || max <= 0) throw new DmapiError('syntax', 'max-price: must be a number above 0');
    if (Math.round(max * 100) < q.cents) {
      throw new DmapiError('policy', `max-price: price is ${formatCents(q.cents)} ${q.currency}, above max-price ${raw}`);
    }
    return;
  }
  if (q.premium || q.domainClass !== 'standard') {
    throw new DmapiError('missing', `max-price: required for a domain with non-standard pricing (${formatCents(q.cents)} ${q.currency})`);
  }
}

/** 1234 → '12.34'; with numComma → '12,34' (query-order-list num-comma). */
export function formatCents(cents: number, numComma = false): string {
  const s = (cents / 100).toFixed(2);
  return numComma ? s.replace('.', ',') : s;
}
