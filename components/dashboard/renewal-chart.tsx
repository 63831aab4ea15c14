'use client';

import dynamic from 'next/dynamic';
import { formatMoney } from '@/lib/format';
import { chartScale, type WeekSpend } from '@/lib/portfolio/dashboard';

/**
 * The chart library is loaded after the overview has painted (its code is the largest on the page and a chart is
 * never the first thing a reseller reads); the space is kept so nothing moves when it arrives. The figures are in
 * the caption for screen readers from the start.
 */
const RenewalPlot = dynamic(() => import('./renewal-plot'), { ssr: false, loading: () => <div className="h-full w-full animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" /> });

/**
 * Autorenew spend per week for the next 13 weeks (left axis), its running total and the available balance (right
 * axis). A balance far above the renewals is said in words rather than drawn, so the weekly bars stay readable.
 */
export function RenewalChart({ weeks, balance, currency }: { weeks: WeekSpend[]; balance: number; currency: string }) {
  const scale = chartScale(weeks, balance);
  const total = weeks.at(-1)?.cumulative ?? 0;
  return (
    <figure aria-label="Renewal spend per week against the balance" className="w-full">
      <div className="h-64 w-full">
        <RenewalPlot weeks={weeks} currency={currency} spendTop={scale.spendTop} totalTop={scale.totalTop} balanceOnScale={scale.balanceOnScale} />
      </div>
      <figcaption className="mt-1 text-xs text-zinc-500">
        {scale.balanceOnScale
          ? `Amounts in ${currency}.`
          : `Amounts in ${currency}. The available balance (${formatMoney(balance, currency)}) is far above these renewals (${formatMoney(total, currency)} over 13 weeks), so it is not drawn.`}
        <span className="sr-only"> {weeks.map((w) => `Week of ${w.label}: ${formatMoney(w.spend, currency)}`).join('; ')}</span>
      </figcaption>
    </figure>
  );
}
