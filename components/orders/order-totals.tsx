import { formatMoney, plural } from '@/lib/format';
import type { OrderTotal } from '@/lib/orders/types';
import { ORDER_TYPES } from '@/lib/schemas/order-types';

/** Count and sum per type and currency over every order the filters matched (refunds subtract). */
export function OrderTotals({ totals, window, count }: { totals: OrderTotal[]; window: string; count: number }) {
  return (
    <section aria-labelledby="order-totals-heading" className="space-y-2">
      <h2 id="order-totals-heading" className="text-sm font-medium">
        Totals: {plural(count, 'order')} in {window}
      </h2>
      {totals.length > 0 ? (
        <table className="text-sm" aria-labelledby="order-totals-heading">
          <thead className="text-left text-xs text-zinc-500">
            <tr>
              <th className="pr-6 font-medium">Type</th>
              <th className="pr-6 text-right font-medium">Orders</th>
              <th className="text-right font-medium">Amount</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((t) => (
              <tr key={`${t.type} ${t.currency}`}>
                <td className="pr-6">{ORDER_TYPES[t.type as keyof typeof ORDER_TYPES] ?? t.type}</td>
                <td className="pr-6 text-right tabular-nums">{t.count}</td>
                <td className="text-right tabular-nums">{t.currency === '—' ? 'free' : formatMoney(t.amount, t.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
