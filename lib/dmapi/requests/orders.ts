/**
 * DMAPI `query-order-list`: orders and money movements.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { cell, parseAmount, parseTable } from '../parse';
import { isoDay, tld } from '@/lib/schemas/common';
import { READ } from './common';

export const orderTypes = [
  'create', 'renew', 'transfer', 'restore', 'delete_domain', 'cor', 'create-contact', 'autons', 'lock', 'unlock',
  'privacy_pp1', 'privacy_pp2', 'credit-increase', 'payment_fee',
] as const;

export const queryOrderListSchema = z.object({
  showAll: z.boolean().optional(),
  after: isoDay.optional(),
  before: isoDay.optional(),
  type: z.enum(orderTypes).optional(),
  status: z.enum(['ok', 'error', 'pending']).optional(),
  tld: tld.optional(),
  fqdn: z.string().trim().min(1).optional(),
  fqdnLike: z.string().trim().min(1).optional(),
  orderId: z.number().int().optional(),
  orderIdAfter: z.number().int().optional(),
  orderIdBefore: z.number().int().optional(),
  procId: z.number().int().optional(),
  procIdAfter: z.number().int().optional(),
  procIdBefore: z.number().int().optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  asc: z.boolean().optional(),
  perPage: z.number().int().min(10).optional(),
  page: z.number().int().min(1).optional(),
});
export type QueryOrderListInput = z.input<typeof queryOrderListSchema>;

export interface OrderRow {
  orderId: string;
  procId: string | undefined;
  createdAt: Date | undefined;
  status: string;
  type: string;
  /** Positive: paid (deducted from the balance); negative: received (a refund). */
  amountBrutto: number;
  amountNetto: number;
  /** Empty on the wire when the amount is zero. */
  currency: string | undefined;
  identifier: string | undefined;
}

const COLUMNS = ['order_id', 'proc_id', 'created_at', 'status', 'type', 'amount_brutto', 'amount_netto', 'currency', 'identifier'];

/**
 * DMAPI `query-order-list`. Not queued. The panel never asks for `csv`, `separator` or `num-comma`, so the reply is
 * always the TAB table under `Columns`. Quirk: zero-amount rows have an empty currency; in the documentation's
 * space-separated example that cell vanishes, leaving eight fields, which is read as "no currency".
 */
export async function queryOrderList(client: DmapiClient, input: QueryOrderListInput = {}): Promise<OrderRow[]> {
  const v = queryOrderListSchema.parse(input);
  const reply = await client.call(
    'query-order-list',
    {
      'show-all': v.showAll, after: v.after, before: v.before, type: v.type, status: v.status, tld: v.tld, fqdn: v.fqdn,
      'fqdn-like': v.fqdnLike, 'order-id': v.orderId, 'order-id-after': v.orderIdAfter,
      'order-id-before': v.orderIdBefore, 'proc-id': v.procId, 'proc-id-after': v.procIdAfter,
      'proc-id-before': v.procIdBefore, limit: v.limit, asc: v.asc, 'per-page': v.perPage, page: v.page,
    },
    READ,
  );
  const table = parseTable(reply, COLUMNS);
  const idx = (name: string) => table.columns.indexOf(name);
  return table.rows.map((raw) => {
    let row = raw;
    if (row.length === table.columns.length - 1 && idx('currency') >= 0) {
      row = [...row.slice(0, idx('currency')), '', ...row.slice(idx('currency'))];
    }
    const get = (name: string) => (idx(name) >= 0 ? row[idx(name)] : undefined);
    return {
      orderId: get('order_id') ?? '',
      procId: cell(get('proc_id')),
      createdAt: parseDmapiDate(get('created_at')),
      status: get('status') ?? '',
      type: get('type') ?? '',
      amountBrutto: parseAmount(get('amount_brutto')) ?? 0,
      amountNetto: parseAmount(get('amount_netto')) ?? 0,
      currency: cell(get('currency')),
      identifier: cell(get('identifier')),
    };
  });
}
