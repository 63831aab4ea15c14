'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import { formatMoney } from '@/lib/format';
import type { PriceQuote } from '@/lib/prices/book';
import type { TableOperation, TldPriceRow } from '@/lib/prices/grid';

/** A price with the standard one beside it (struck through) while a promotion applies. */
export function QuoteCell({ quote }: { quote: PriceQuote | undefined }) {
  if (!quote) return <span className="text-zinc-400" aria-label="not offered">—</span>;
  if (!quote.promotion || quote.standard === quote.total) return <span className="tabular-nums">{formatMoney(quote.total, quote.currency)}</span>;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 tabular-nums">
      <span className="font-medium text-emerald-700 dark:text-emerald-400">{formatMoney(quote.total, quote.currency)}</span>
      <s className="text-xs text-zinc-500" aria-label={`standard price ${formatMoney(quote.standard, quote.currency)}`}>
        {formatMoney(quote.standard, quote.currency)}
      </s>
    </span>
  );
}

const opColumn = (id: TableOperation, header: string): ColumnDef<TldPriceRow, unknown> => ({
  id,
  header,
  accessorFn: (r) => r.quotes[id]?.total ?? Number.POSITIVE_INFINITY,
  cell: ({ row }) => <QuoteCell quote={row.original.quotes[id]} />,
});

/** Every TLD of the price list at one period; searchable by TLD, sortable by any price. */
export function PriceTable({ rows, years }: { rows: TldPriceRow[]; years: number }) {
  const columns: ColumnDef<TldPriceRow, unknown>[] = [
    {
      id: 'tld',
      header: 'TLD',
      accessorKey: 'tld',
      cell: ({ row }) => (
        <span className="inline-flex items-center gap-2 font-mono">
          .{row.original.tld}
          {row.original.promoted ? <Badge tone="success">promo</Badge> : null}
        </span>
      ),
    },
    opColumn('create', `Register (${years} y)`),
    opColumn('renew', `Renew (${years} y)`),
    opColumn('transfer', 'Transfer'),
    opColumn('restore', 'Restore'),
    { id: 'maxYears', header: 'Up to', accessorKey: 'maxYears', cell: ({ row }) => <span className="tabular-nums">{row.original.maxYears || '—'} y</span> },
  ];
  return (
    <DataTable
      label="Prices per TLD"
      columns={columns}
      data={rows}
      getRowId={(r) => r.tld}
      empty="No TLD matches."
      search={{ label: 'Search TLDs', placeholder: 'com, de, …' }}
      pageSize={100}
    />
  );
}
