/** query-profile, query-account-balance, query-promos-list (query-order-list: orders.ts; query-price-list: price-list.ts). */
import { dmapiDateTime } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { formatCents } from '../money/pricing';
import type { Promo } from '../state/types';
import { linesBody } from '../wire/reply';

/**
 * query-profile: `key: value` lines. The keys Joker's clients read (its reseller panel, the TypeScript client; README
 * "Beyond the seeds"): customer-id, fname, lname, organization, city, address-1, address-2, postal-code, state, phone,
 * fax, balance, vat-id, last-payment, last-access, admin_email, robot_email, checkd_ip (comma list), http, url,
 * whois1-whois4. Every one is sent, empty when the account has no value. **choices**: last-access is the account's
 * latest login (`YYYY-MM-DD HH:MM:SS`, as login's Stats-last-login), last-payment the date (`YYYY-MM-DD`) of its
 * latest `credit-increase` order, admin_email defaults to the account e-mail; the rest comes from the seeded profile
 * (checkd_ip is informational, never enforced).
 */
const PROFILE_KEYS = [
  'fname', 'lname', 'organization', 'address-1', 'address-2', 'city', 'state', 'postal-code', 'country', 'phone', 'fax', 'email',
  'vat-id',
] as const;
const CONTACT_KEYS = ['admin_email', 'robot_email', 'checkd_ip', 'http', 'url', 'whois1', 'whois2', 'whois3', 'whois4'] as const;

registerHandler('query-profile', 'read', (ctx) => {
  const a = ctx.account;
  const known = new Set<string>([...PROFILE_KEYS, ...CONTACT_KEYS]);
  let lastPayment = 0;
  for (const o of ctx.state.orders) if (o.uid === a.uid && o.type === 'credit-increase' && o.at > lastPayment) lastPayment = o.at;
  const derived: Record<string, string> = { admin_email: a.profile.email ?? a.login };
  const lines = [
    `customer-id: ${a.customerId}`,
    `uid: ${a.uid}`,
    `login: ${a.login}`,
    ...PROFILE_KEYS.map((k) => `${k}: ${a.profile[k] ?? ''}`),
    ...Object.entries(a.profile).filter(([k]) => !known.has(k)).map(([k, v]) => `${k}: ${v}`),
    `reseller: ${a.reseller ? 'yes' : 'no'}`,
    `balance: ${formatCents(a.balanceCents)}`,
    `pending-amount: ${formatCents(a.pendingCents)}`,
    `currency: ${a.currency}`,
    `contract-date: ${a.contractDate}`,
    `last-payment: ${lastPayment ? new Date(lastPayment).toISOString().slice(0, 10) : ''}`,
    `last-access: ${a.lastLoginAt ? dmapiDateTime(a.lastLoginAt) : ''}`,
    ...CONTACT_KEYS.map((k) => `${k}: ${a.profile[k] ?? derived[k] ?? ''}`),
  ];
  return ctx.ok({ body: linesBody(lines) });
});

registerHandler('query-account-balance', 'read', (ctx) => {
  const a = ctx.account;
  const row = [formatCents(a.balanceCents), formatCents(a.pendingCents), formatCents(a.balanceCents + a.pendingCents), a.currency].join('\t');
  return ctx.ok({ status: 'ok1000', headers: [['Columns', 'available,pending,total,currency'], ['Separator', 'TAB']], body: linesBody([row]) });
});

/** Fixed demo exchange rates from EUR for the `currency` parameter. */
const RATES: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.86, CHF: 0.95 };

/** **choice**: VAT is charged to German accounts (the demo reseller), at 19%; every other country pays none. */
function vatRate(country: string): number {
  return country === 'DE' ? 0.19 : 0;
}

function money(cents: number, rate: number): string {
  return (Math.round(cents * rate) / 100).toFixed(2);
}

/**
 * query-promos-list (DMAPI documentation): "All prices are netto (without VAT)", while the price list and the charges
 * "include … vat if it applies". So the netto prices here are the charged ones without the account's own VAT (price ×
 * (1 + vat) gives what the account pays), and `vat` is the rate of the `country` asked about (default: the account's).
 */
registerHandler('query-promos-list', 'read', (ctx) => {
  const type = (ctx.params.text('type') ?? 'current').toLowerCase();
  if (!['current', 'upcoming', 'all'].includes(type)) throw new DmapiError('syntax', 'type: must be current, upcoming or all');
  const currency = (ctx.params.text('currency') ?? ctx.account.currency).toUpperCase();
  const rate = RATES[currency];
  if (rate === undefined) throw new DmapiError('policy', `currency: ${currency} is not supported`);
  const own = (ctx.account.profile.country ?? '').toUpperCase();
  const country = (ctx.params.text('country') ?? own).toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) throw new DmapiError('syntax', 'country: expected a 2-letter country code');
  const netto = rate / (1 + vatRate(own));
  const now = ctx.now;
  const pick = (p: Promo): boolean =>
    type === 'all' ? p.endsAt >= now : type === 'current' ? p.startsAt <= now && now <= p.endsAt : p.startsAt > now;
  const rows = ctx.state.promos.filter(pick).map((p) => {
    const entry = ctx.state.prices[p.tld];
    const standard = entry?.[p.action][1] ?? 0;
    return [
      'domain', p.action, p.tld, currency, String(vatRate(country)), money(p.priceCents, netto), money(standard, netto),
      money(Math.round(standard * 1.667), netto), String(p.minYears), String(p.maxYears), p.mode,
      new Date(p.startsAt).toISOString(), new Date(p.endsAt).toISOString(),
    ].join('\t');
  });
  return ctx.ok({
    status: 'ok1000',
    headers: [['Separator', 'TAB'], ['Columns', 'type,operation,tld,currency,vat,price,standard_price,retail_price,min_period,max_period,period_type,valid_from,valid_to']],
    body: linesBody(rows),
  });
});
