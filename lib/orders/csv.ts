/** The orders as a CSV file (RFC 4180: comma, quoted when needed, CRLF). Browser-safe. */
import type { OrderItem } from './types';

const HEADER = ['order_id', 'proc_id', 'created_at', 'status', 'type', 'amount_brutto', 'amount_netto', 'currency', 'identifier'];

function quote(v: string): string {
  // A leading = + - @ would be read as a formula by spreadsheets: prefixed with a quote, except for numbers.
  const safe = /^[=+\-@]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function ordersCsv(rows: readonly OrderItem[]): string {
  const lines = rows.map((r) =>
    [r.orderId, r.procId ?? '', r.at ?? '', r.status, r.type, r.amount.toFixed(2), r.amountNetto.toFixed(2), r.currency ?? '', r.object ?? ''].map(quote).join(','),
  );
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
