'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { formatDate, formatMoney } from '@/lib/format';
import type { PromotionView } from '@/lib/prices/page-view';

const OP_WORDS: Record<string, string> = { create: 'Register', renew: 'Renew', transfer: 'Transfer', restore: 'Restore' };

function promotionColumns(currency: string): ColumnDef<PromotionView, unknown>[] {
  return [
    { id: 'tld', header: 'TLD', accessorFn: (v) => v.promotion.tld, cell: ({ getValue }) => <span className="font-mono">.{String(getValue())}</span> },
    { id: 'operation', header: 'Operation', accessorFn: (v) => OP_WORDS[v.promotion.operation] ?? v.promotion.operation },
    {
      id: 'price',
      header: 'Promo price (standard)',
      // Sorted by the shortest period's price, the one listed first.
      accessorFn: (v) => v.prices[0]?.total ?? 0,
      cell: ({ row }) => (
        <span className="tabular-nums">
          {row.original.prices.map((x) => (
            <span key={x.years} className="block">
              {x.years} y: <strong>{formatMoney(x.total, currency)}</strong>
              {x.standard !== undefined && x.standard !== x.total ? <span className="text-zinc-500"> (standard {formatMoney(x.standard, currency)})</span> : null}
            </span>
          ))}
        </span>
      ),
    },
    {
      id: 'periods',
      header: 'Periods',
      enableSorting: false,
      cell: ({ row }) => (
        <span className="block max-w-xs text-xs text-zinc-600 dark:text-zinc-400">
          {row.original.period}
          {row.original.terms ? <span className="block">{row.original.terms}</span> : null}
        </span>
      ),
    },
    {
      id: 'valid',
      header: 'Valid',
      accessorFn: (v) => v.promotion.validFrom ?? 0,
      cell: ({ row }) => {
        const p = row.original.promotion;
        return (
          <span className="whitespace-nowrap text-xs">
            {p.validFrom !== undefined ? formatDate(p.validFrom) : 'open'} – {p.validTo !== undefined ? formatDate(p.validTo) : 'open'}
          </span>
        );
      },
    },
  ];
}

/** Promotions of one state (running or coming) with their price next to the standard one and their period rule. */
export function PromotionList({ title, items, currency, vat }: { title: string; items: PromotionView[]; currency: string; vat: number | undefined }) {
  const id = `promos-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-sm font-medium">
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">None.</p>
      ) : (
        <DataTable
          label={title}
          columns={promotionColumns(currency)}
          data={items}
          getRowId={({ promotion: p }) => `${p.tld} ${p.operation} ${p.validFrom ?? ''}`}
        />
      )}
      {vat !== undefined && items.length > 0 ? <p className="text-xs text-zinc-500">Prices include {Math.round(vat * 1000) / 10}% VAT, as Joker charges this account.</p> : null}
    </section>
  );
}
