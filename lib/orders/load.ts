import 'server-only';
import { type DmapiClient, type OrderRow, queryOrderList } from '@/lib/dmapi';
import { isFqdnPattern, type OrderFilters } from '@/lib/schemas/orders';
import type { OrderItem, OrderTotal, OrdersView } from './types';

function item(o: OrderRow): OrderItem {
  return {
    orderId: o.orderId,
    procId: o.procId ?? null,
    at: o.createdAt?.toISOString() ?? null,
    status: o.status,
    type: o.type,
    amount: o.amountBrutto,
    amountNetto: o.amountNetto,
    currency: o.currency ?? null,
    object: o.identifier ?? null,
  };
}

/** Count and sum per type and currency; zero-amount rows (show-all) have no currency and are counted under "—". */
export function orderTotals(rows: readonly OrderItem[]): OrderTotal[] {
  const by = new Map<string, OrderTotal>();
  for (const r of rows) {
    const currency = r.currency ?? '—';
    const key = `${r.type}\u0000${currency}`;
    const t = by.get(key) ?? { type: r.type, currency, count: 0, amount: 0 };
    t.count += 1;
    t.amount = Math.round((t.amount + r.amount) * 100) / 100;
    by.set(key, t);
  }
  return [...by.values()].sort((a, b) => a.type.localeCompare(b.type) || a.currency.localeCompare(b.currency));
}

function windowWords(f: OrderFilters): string {
  if (f.after && f.before) return `${f.after} to ${f.before}`;
  if (f.after) return `from ${f.after}`;
  if (f.before) return `up to ${f.before}`;
  const ids = f.orderIdAfter || f.orderIdBefore || f.procIdAfter || f.procIdBefore;
  return ids ? 'the id range (at most 1000 orders)' : 'the last 30 days (Joker’s default)';
}

/**
 * Every order matching the filters in one query-order-list read (the DMAPI answers at most a 90-day window, which the
 * filters enforce, or 1000 rows of an id range), newest first; the table pages, sorts and searches them and the CSV
 * is made from the same rows, so the download is exactly what the page shows.
 */
export async function loadOrders(client: DmapiClient, f: OrderFilters): Promise<OrdersView> {
  const fqdn = f.fqdn && !isFqdnPattern(f.fqdn) ? f.fqdn : undefined;
  const fqdnLike = f.fqdn && isFqdnPattern(f.fqdn) ? f.fqdn : undefined;
  const rows = (
    await queryOrderList(client, {
      showAll: f.showAll || undefined,
      after: f.after,
      before: f.before,
      type: f.type,
      status: f.status,
      tld: f.tld,
      fqdn,
      fqdnLike,
      orderIdAfter: f.orderIdAfter,
      orderIdBefore: f.orderIdBefore,
      procIdAfter: f.procIdAfter,
      procIdBefore: f.procIdBefore,
    })
  ).map(item);
  return { rows, totals: orderTotals(rows), window: windowWords(f) };
}
