'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';
import { chartScale, type WeekSpend } from '@/lib/portfolio/dashboard';

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
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="label" fontSize={11} />
            <YAxis yAxisId="week" fontSize={11} width={72} domain={[0, scale.spendTop]} allowDataOverflow={false} />
            <YAxis yAxisId="total" orientation="right" fontSize={11} width={72} domain={[0, scale.totalTop]} />
            <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
            <Legend />
            <Bar yAxisId="week" dataKey="spend" name="Renewals that week (left axis)" fill="#0ea5e9" />
            <Line yAxisId="total" dataKey="cumulative" name="Running total (right axis)" stroke="#f59e0b" dot={false} />
            {scale.balanceOnScale ? (
              <Line yAxisId="total" dataKey="balance" name="Available balance (right axis)" stroke="#10b981" strokeDasharray="6 3" dot={false} />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
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
