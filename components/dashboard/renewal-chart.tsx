'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekSpend } from '@/lib/portfolio/dashboard';

/** Autorenew spend per week for the next 13 weeks, its running total, and the available balance. */
export function RenewalChart({ weeks, currency }: { weeks: WeekSpend[]; currency: string }) {
  return (
    <figure aria-label="Renewal spend per week against the balance" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          <XAxis dataKey="label" fontSize={11} />
          <YAxis fontSize={11} unit={` ${currency}`} width={80} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)} ${currency}`} />
          <Legend />
          <Bar dataKey="spend" name="Renewals that week" fill="#0ea5e9" />
          <Line dataKey="cumulative" name="Running total" stroke="#f59e0b" dot={false} />
          <Line dataKey="balance" name="Available balance" stroke="#10b981" strokeDasharray="6 3" dot={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">
        {weeks.map((w) => `Week of ${w.label}: ${w.spend} ${currency}`).join('; ')}
      </figcaption>
    </figure>
  );
}
