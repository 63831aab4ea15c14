/**
 * query-order-list (seed 004): every charge and refund as an order. Defaults: last 30 days, only orders that cost
 * something (show-all=1 adds zero-amount ones but then only the last 90 days are visible), newest first. An
 * after/before window longer than 90 days is cut silently; id ranges without dates ignore the 30-day default and
 * return at most `limit` (≤ 1000) rows. `csv=1` answers a bare CSV file with no DMAPI headers.
 */
import { DAY } from '../clock';
import { dmapiDateMs } from '../../dates/dmapi-date';
import { DmapiError } from '../errors';
import type { HandlerCtx } from '../context';
import { registerHandler } from '../registry';
import { formatCents } from '../money/pricing';
import type { Order } from '../state/types';
import { compileGlob } from '../../net/glob';
import { linesBody } from '../wire/reply';

const COLUMNS = ['order_id', 'proc_id', 'created_at', 'status', 'type', 'amount_brutto', 'amount_netto', 'currency', 'identifier'];
const SEPARATORS: Record<string, [string, string]> = { tab: ['\t', 'TAB'], comma: [',', 'COMMA'], semicolon: [';', 'SEMICOLON'], pipe: ['|', 'PIPE'] };

function isoDay(ctx: HandlerCtx, field: string, endOfDay: boolean): number | undefined {
  const raw = ctx.params.text(field);
  if (raw === undefined) return undefined;
  // lib/dates: a day that does not exist (2027-02-30) is refused, not rolled into March.
  const t = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? dmapiDateMs(raw) : NaN;
  if (Number.isNaN(t)) throw new DmapiError('syntax', `${field}: date must be in ISO format YYYY-MM-DD`);
  return endOfDay ? t + DAY - 1 : t;
}

function int(ctx: HandlerCtx, field: string, min = 0): number | undefined {
  const raw = ctx.params.text(field);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new DmapiError('syntax', `${field}: must be a whole number${min ? ` of at least ${min}` : ''}`);
  return Number(raw);
}

function bool(ctx: HandlerCtx, field: string): boolean {
  return ctx.params.flag(field);
}

export function filterOrders(ctx: HandlerCtx): Order[] {
  const p = ctx.params;
  const now = ctx.now;
  const showAll = bool(ctx, 'show-all');
  let after = isoDay(ctx, 'after', false);
  let before = isoDay(ctx, 'before', true);
  const idFilters = ['order-id', 'order-id-after', 'order-id-before', 'proc-id', 'proc-id-after', 'proc-id-before'].some((f) => p.text(f) !== undefined);
  if (after !== undefined && before === undefined) before = Math.min(now, after + 90 * DAY);
  if (before !== undefined && after === undefined) after = before - 90 * DAY;
  if (after !== undefined && before !== undefined && before - after > 90 * DAY) after = before - 90 * DAY;
  if (after === undefined && !idFilters) {
    after = now - 30 * DAY;
    before = now;
  }
  const visibleFrom = now - (showAll ? 90 : 3 * 365) * DAY;
  const type = p.text('type');
  const status = p.text('status');
  if (status && !['ok', 'error', 'pending'].includes(status)) throw new DmapiError('syntax', 'status: must be ok, error or pending');
  const tld = p.text('tld')?.toLowerCase().replace(/^\./, '');
  const fqdn = p.text('fqdn')?.toLowerCase();
  const like = p.text('fqdn-like');
  const likeRe = like ? compileGlob(like) : null;
  const orderId = int(ctx, 'order-id');
  const orderAfter = int(ctx, 'order-id-after');
  const orderBefore = int(ctx, 'order-id-before');
  const procId = int(ctx, 'proc-id');
  const procAfter = int(ctx, 'proc-id-after');
  const procBefore = int(ctx, 'proc-id-before');
  return ctx.state.orders.filter((o) => {
    if (o.uid !== ctx.account.uid || o.at < visibleFrom) return false;
    if (!showAll && o.amountCents === 0) return false;
    if (after !== undefined && o.at < after) return false;
    if (before !== undefined && o.at > before) return false;
    if (type && o.type !== type) return false;
    if (status && o.status !== status) return false;
    if (tld && o.tld !== tld) return false;
    if (fqdn && o.object.toLowerCase() !== fqdn) return false;
    if (likeRe && !likeRe.test(o.object)) return false;
    const id = Number(o.id);
    if (orderId !== undefined && id !== orderId) return false;
    if (orderAfter !== undefined && id < orderAfter) return false;
    if (orderBefore !== undefined && id > orderBefore) return false;
    if (procId !== undefined && o.procId !== procId) return false;
    if (procAfter !== undefined && (o.procId === null || o.procId < procAfter)) return false;
    if (procBefore !== undefined && (o.procId === null || o.procId > procBefore)) return false;
    return true;
  });
}

registerHandler('query-order-list', 'read', (ctx) => {
  const p = ctx.params;
  const sepName = (p.text('separator') ?? 'tab').toLowerCase();
  const sep = SEPARATORS[sepName];
  if (!sep) throw new DmapiError('syntax', 'separator: must be tab, comma, semicolon or pipe');
  const numComma = bool(ctx, 'num-comma');
  if (numComma && sepName === 'comma') throw new DmapiError('policy', 'num-comma: cannot be used with separator=comma');
  const perPage = int(ctx, 'per-page', 10);
  const page = int(ctx, 'page', 1);
  if (page !== undefined && perPage === undefined) throw new DmapiError('missing', 'per-page: required when page is given');
  const limit = int(ctx, 'limit', 1) ?? 1000;
  if (limit > 1000) throw new DmapiError('range', 'limit: at most 1000');
  const dated = p.text('after') !== undefined || p.text('before') !== undefined;

  let rows = filterOrders(ctx);
  rows.sort((a, b) => (p.flag('asc') ? Number(a.id) - Number(b.id) : Number(b.id) - Number(a.id)));
  // `limit` is used only for id-range searches and ignored when after/before are given.
  if (!dated) rows = rows.slice(0, limit);
  if (p.flag('count-only')) return ctx.ok({ status: 'ok1000', headers: [['Row-Count', String(rows.length)]] });
  if (perPage !== undefined) rows = rows.slice(((page ?? 1) - 1) * perPage, (page ?? 1) * perPage);

  const csv = bool(ctx, 'csv');
  const d = csv && !p.text('separator') ? ',' : sep[0];
  const cell = (v: string): string => (csv && (v.includes(d) || v.includes('"')) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((o) =>
    [
      o.id,
      o.procId === null ? '-' : String(o.procId),
      new Date(o.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      o.status,
      o.type,
      o.amountCents === 0 ? '0' : formatCents(o.amountCents, numComma),
      o.amountCents === 0 ? '0' : formatCents(o.amountCents, numComma),
      o.amountCents === 0 ? '-' : o.currency,
      o.object || '-',
    ]
      .map(cell)
      .join(d),
  );
  if (csv) {
    return {
      httpStatus: 200,
      headers: [],
      raw: true,
      body: linesBody([COLUMNS.join(d), ...lines]),
      httpHeaders: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="orders.csv"' },
    };
  }
  return ctx.ok({ status: 'ok1000', headers: [['Row-Count', String(rows.length)], ['Separator', sep[1]], ['Columns', COLUMNS.join(',')]], body: linesBody(lines) });
});
