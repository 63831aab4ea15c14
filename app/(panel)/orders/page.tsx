import type { Metadata } from 'next';
import { z } from 'zod';
import { OrderFilters } from '@/components/orders/order-filters';
import { OrderTable } from '@/components/orders/order-table';
import { OrderTotals } from '@/components/orders/order-totals';
import { SectionFailure } from '@/components/ui/section-failure';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { requireRole, withDmapi } from '@/lib/auth';
import { describeFailure } from '@/lib/failure';
import { loadOrders } from '@/lib/orders/load';
import type { OrdersView } from '@/lib/orders/types';
import type { OrderFilters as OrderFilterValues } from '@/lib/schemas/orders';
import { orderFiltersSchema } from '@/lib/schemas/orders';
import { type PageSearchParams, urlValues } from '@/lib/utils/search-params';

export const metadata: Metadata = { title: 'Orders' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<PageSearchParams> };

/**
 * The orders themselves: the page's one DMAPI read, streamed in behind a skeleton so the heading and the filters paint
 * at once; a failed read says why, with Try again. Anything else (a sign-in that ended, which withDmapi answers with a
 * redirect; a bug) is thrown on, to Next and to the section's boundary, instead of passing for a DMAPI failure.
 */
async function OrdersResult({ filters }: { filters: OrderFilterValues }) {
  let view: OrdersView;
  try {
    view = await withDmapi((client) => loadOrders(client, filters));
  } catch (error) {
    const failure = describeFailure(error);
    if (!failure) throw error;
    return <SectionFailure failure={failure} />;
  }
  return (
    <>
      <OrderTotals totals={view.totals} window={view.window} count={view.rows.length} />
      <OrderTable rows={view.rows} />
    </>
  );
}

/**
 * What the account paid and got back (query-order-list): every documented filter in the URL, totals per type and
 * currency, refunds as negative amounts, and the same rows as a CSV download.
 */
export default async function OrdersPage({ searchParams }: Props) {
  await requireRole('orders');
  const values = urlValues(await searchParams);
  const parsed = orderFiltersSchema.safeParse(values);
  const errors = parsed.success ? undefined : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Orders</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every charge and refund of the account. Without dates Joker lists the last 30 days; a window can span at most 90 days.
        </p>
      </div>
      <OrderFilters key={JSON.stringify(values)} values={values} errors={errors} />
      {parsed.success ? (
        <Streamed key={JSON.stringify(values)} label="the orders" fallback={<Skeleton className="h-64 w-full" />}>
          <OrdersResult filters={parsed.data} />
        </Streamed>
      ) : (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          Some filters need attention (marked above); nothing was asked of Joker.com yet.
        </p>
      )}
    </div>
  );
}
