'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';
import type { WeekSpend } from '@/lib/portfolio/dashboard';

/** The chart itself (recharts): loaded after the overview has painted (renewal-chart.tsx). */
export default function RenewalPlot({ weeks, currency, spendTop, totalTop, balanceOnScale }: { weeks: WeekSpend[]; currency: string; spendTop: number; totalTop: number; balanceOnScale: boolean }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="label" fontSize={11} />
        <YAxis yAxisId="week" fontSize={11} width={72} domain={[0, spendTop]} allowDataOverflow={false} />
        <YAxis yAxisId="total" orientation="right" fontSize={11} width={72} domain={[0, totalTop]} />
        <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
        <Legend />
        <Bar yAxisId="week" dataKey="spend" name="Renewals that week (left axis)" fill="#0ea5e9" />
        <Line yAxisId="total" dataKey="cumulative" name="Running total (right axis)" stroke="#f59e0b" dot={false} />
        {balanceOnScale ? <Line yAxisId="total" dataKey="balance" name="Available balance (right axis)" stroke="#10b981" strokeDasharray="6 3" dot={false} /> : null}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
