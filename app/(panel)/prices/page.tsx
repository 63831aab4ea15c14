import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { FailureNotice } from '@/components/form';
import { PriceTable } from '@/components/prices/price-table';
import { PromotionList } from '@/components/prices/promotion-list';
import { requireRole, withDmapi } from '@/lib/auth';
import { describeFailure, type Failure } from '@/lib/failure';
import { formatDateTime } from '@/lib/format';
import { accountPriceBook } from '@/lib/prices/load';
import { pricesView, type PricesView } from '@/lib/prices/page-view';
import { cn } from '@/lib/utils/cn';

export const metadata: Metadata = { title: 'Prices' };
export const dynamic = 'force-dynamic';

const PERIODS = [1, 2, 3, 5, 10] as const;

type Props = { searchParams: Promise<{ years?: string | string[] }> };

async function load(uid: string, years: number): Promise<{ view?: PricesView; readAt: number; failure?: Failure }> {
  try {
    const book = await withDmapi((client) => accountPriceBook(uid, client));
    return { view: pricesView(book, years, Date.now()), readAt: book.readAt };
  } catch (error) {
    return { readAt: 0, failure: describeFailure(error) ?? { code: 'unavailable', error: 'Joker.com could not be asked for the price list.' } };
  }
}

/**
 * What things cost before they are ordered: the price list (query-price-list) per TLD at a chosen period, with the
 * running and coming promotions (query-promos-list) merged in. The same price book the register and renew flows
 * quote from (lib/prices), so the figure here is the figure charged.
 */
export default async function PricesPage({ searchParams }: Props) {
  const session = await requireRole('prices');
  const raw = (await searchParams).years;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const years = (PERIODS as readonly number[]).includes(asked) ? asked : 1;
  const { view, readAt, failure } = await load(session.uid, years);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Prices</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          What Joker.com charges this account, promotions included; a promotional price is shown with the standard one struck through.
          {readAt ? ` Read ${formatDateTime(readAt)}.` : ''}
        </p>
      </div>
      <nav aria-label="Period" className="flex flex-wrap items-center gap-1 text-sm">
        <span className="mr-1 text-zinc-500">Period:</span>
        {PERIODS.map((y) => (
          <Link
            key={y}
            href={y === 1 ? '/prices' : `/prices?years=${y}`}
            aria-current={y === years ? 'page' : undefined}
            className={cn('rounded px-2 py-0.5', y === years ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900' : 'text-sky-700 hover:underline dark:text-sky-400')}
          >
            {y} {y === 1 ? 'year' : 'years'}
          </Link>
        ))}
      </nav>
      {failure ? <FailureNotice failure={failure} /> : null}
      {view ? (
        <>
          <PriceTable rows={view.rows} years={years} />
          <PromotionList title="Running promotions" items={view.current} currency={view.currency} vat={view.vat} />
          <PromotionList title="Coming promotions" items={view.upcoming} currency={view.currency} vat={view.vat} />
          <p className="text-xs text-zinc-500">
            Flex promotions price every year of any period in their range; exact promotions price only their one period, as a total.
          </p>
        </>
      ) : null}
    </div>
  );
}
