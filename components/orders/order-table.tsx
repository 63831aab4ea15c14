'use client';

import Link from '@/components/ui/link';
import { type ColumnDef, DataTable } from '@/components/data-table';
import { DomainLink } from '@/components/domains/domain-link';
import { Button } from '@/components/ui/button';
import { formatDateTime, formatMoney } from '@/lib/format';
import { isValidDomainName } from '@/lib/net';
import { ordersCsv } from '@/lib/orders/csv';
import type { OrderItem } from '@/lib/orders/types';
import { ORDER_TYPES } from '@/lib/schemas/order-types';
import { cn } from '@/lib/utils/cn';

function Amount({ row }: { row: OrderItem }) {
  if (row.amount === 0) return <span className="text-zinc-500">free</span>;
  // A negative amount is money received: a refund (a nack refunds its charge) or a top-up.
  return <span className={cn('tabular-nums', row.amount < 0 && 'text-emerald-700 dark:text-emerald-400')}>{formatMoney(row.amount, row.currency ?? '')}</span>;
}

const columns: ColumnDef<OrderItem, unknown>[] = [
  { id: 'orderId', header: 'Order', accessorKey: 'orderId', cell: ({ row }) => <span className="tabular-nums">{row.original.orderId}</span> },
  { id: 'at', header: 'Time', accessorKey: 'at', cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{formatDateTime(row.original.at)}</span> },
  {
    id: 'type',
    header: 'Type',
    accessorKey: 'type',
    cell: ({ row }) => <span title={row.original.type}>{ORDER_TYPES[row.original.type as keyof typeof ORDER_TYPES] ?? row.original.type}</span>,
  },
  {
    id: 'object',
    header: 'Object',
    accessorKey: 'object',
    cell: ({ row }) => {
      const o = row.original.object;
      if (!o) return <span className="text-zinc-500">—</span>;
      return isValidDomainName(o) ? <DomainLink domain={o} /> : <span className="break-all">{o}</span>;
    },
  },
  { id: 'status', header: 'Status', accessorKey: 'status' },
  { id: 'amount', header: 'Amount', accessorKey: 'amount', cell: ({ row }) => <Amount row={row.original} /> },
  {
    id: 'procId',
    header: 'Proc-ID',
    accessorKey: 'procId',
    cell: ({ row }) =>
      row.original.procId ? (
        <Link href={`/results/${encodeURIComponent(row.original.procId)}`} className="tabular-nums text-sky-700 hover:underline dark:text-sky-400">
          {row.original.procId}
        </Link>
      ) : (
        <span className="text-zinc-500">—</span>
      ),
  },
];

function download(rows: readonly OrderItem[]) {
  const url = URL.createObjectURL(new Blob([ordersCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `orders-${new Date().toISOString().slice(0, 10)}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The orders of the window: searchable, sortable, paged; the CSV holds every row the filters matched. */
export function OrderTable({ rows }: { rows: OrderItem[] }) {
  return (
    <DataTable
      label="Orders"
      columns={columns}
      data={rows}
      getRowId={(r) => r.orderId}
      empty="No orders match these filters."
      search={{ label: 'Search orders', placeholder: 'Order, object, Proc-ID…' }}
      toolbar={
        <Button size="sm" variant="secondary" onClick={() => download(rows)} disabled={rows.length === 0}>
          Download CSV
        </Button>
      }
    />
  );
}
