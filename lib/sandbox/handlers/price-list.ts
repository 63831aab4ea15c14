/**
 * query-price-list and /v2/query-price-list (lib/sandbox/README.md "Beyond the seeds"): one TAB row per type,
 * operation and TLD with a price for each period of 1 to 10 years, as Joker's WHMCS module (v2) and the heusalagroup
 * client (v1) read them: `Columns: type,operation,tld,tld-currency,currency,price-1y,…,price-10y,valid_from,valid_until`.
 * `type` is `domain` (the list price) or `domain_promo` (a promotion, with its validity); `operation` one of create,
 * transfer, renew, rgp (the redemption restore), privacy-basic, privacy-pro; `n/a` where there is no value. Both
 * paths give the same columns; Status-Code 1000 like the other newer lists.
 */
import { registerHandler } from '../registry';
import { formatCents } from '../money/pricing';
import type { HandlerCtx } from '../context';
import type { PriceEntry, Promo } from '../state/types';
import { linesBody } from '../wire/reply';

const YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export const PRICE_LIST_COLUMNS = ['type', 'operation', 'tld', 'tld-currency', 'currency', ...YEARS.map((y) => `price-${y}y`), 'valid_from', 'valid_until'];
const NA = 'n/a';

function row(type: string, operation: string, tld: string, currency: string, price: (years: number) => number | undefined, from = NA, until = NA): string {
  const cells = YEARS.map((y) => {
    const cents = price(y);
    return cents === undefined ? NA : formatCents(cents);
  });
  return [type, operation, tld, currency, currency, ...cells, from, until].join('\t');
}

function listRows(tld: string, e: PriceEntry): string[] {
  const rows = (['create', 'transfer', 'renew'] as const).map((op) => row('domain', op, tld, e.currency, (y) => e[op][y]));
  rows.push(row('domain', 'rgp', tld, e.currency, (y) => (y === 1 ? e.restore : undefined)));
  const max = Math.max(...Object.keys(e.renew).map(Number));
  if (e.privacyBasic) rows.push(row('domain', 'privacy-basic', tld, e.currency, (y) => (y <= max ? e.privacyBasic * y : undefined)));
  if (e.privacyPro) rows.push(row('domain', 'privacy-pro', tld, e.currency, (y) => (y <= max ? e.privacyPro * y : undefined)));
  return rows;
}

function promoRow(p: Promo, currency: string): string {
  const price = (y: number): number | undefined =>
    p.mode === 'exact' ? (y === p.minYears ? p.priceCents : undefined) : y >= p.minYears && y <= p.maxYears ? p.priceCents * y : undefined;
  return row('domain_promo', p.action, p.tld, currency, price, new Date(p.startsAt).toISOString(), new Date(p.endsAt).toISOString());
}

function priceList(ctx: HandlerCtx) {
  const rows: string[] = [];
  for (const [tld, e] of Object.entries(ctx.state.prices).sort(([a], [b]) => a.localeCompare(b))) rows.push(...listRows(tld, e));
  // Current and coming promotions after the list prices, so a reader that keeps the first price per TLD keeps the list price.
  for (const p of ctx.state.promos) if (p.endsAt >= ctx.now) rows.push(promoRow(p, ctx.state.prices[p.tld]?.currency ?? ctx.account.currency));
  return ctx.ok({ status: 'ok1000', headers: [['Columns', PRICE_LIST_COLUMNS.join(',')], ['Separator', 'TAB']], body: linesBody(rows) });
}

registerHandler('query-price-list', 'read', priceList);
registerHandler('v2/query-price-list', 'read', priceList, { via: 'root' });
