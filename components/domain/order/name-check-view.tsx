'use client';

import { Badge } from '@/components/ui/badge';
import { formatDate, formatMoney } from '@/lib/format';
import type { NameCheck } from '@/lib/lifecycle/availability';

/** What domain-check says about the typed name: availability, class, price for the period, promotion, renewal. */
export function NameCheckView({ check, loading, error }: { check: NameCheck | undefined; loading: boolean; error: Error | null }) {
  if (loading) return <p className="text-sm text-zinc-500" role="status">Checking…</p>;
  if (error) return <p className="text-sm text-rose-700 dark:text-rose-400" role="status">{error.message}</p>;
  if (!check) return null;
  if (check.problem) return <p className="text-sm text-rose-700 dark:text-rose-400" role="status">{check.problem}</p>;
  const available = check.status !== 'unavailable';
  const promo = check.price?.promo;
  return (
    <div role="status" className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{check.display}</span>
        {check.display !== check.domain ? <span className="font-mono text-xs text-zinc-500">{check.domain}</span> : null}
        <Badge tone={available ? 'success' : 'danger'}>{available ? 'Available' : `Not available${check.reason ? ` (${check.reason})` : ''}`}</Badge>
        {check.premium ? <Badge tone="warning">Premium{check.priceClass ? `: ${check.priceClass}` : ''}</Badge> : <Badge>Standard</Badge>}
      </p>
      {check.price ? (
        <p>
          {check.operation === 'create' ? `Registration for ${check.years} year${check.years > 1 ? 's' : ''}` : 'Transfer (includes one year)'}:{' '}
          <strong>{formatMoney(check.price.total, check.price.currency)}</strong>
          {check.price.standard !== check.price.total ? <> (instead of {formatMoney(check.price.standard, check.price.currency)})</> : null}
          {promo ? ` · promotion${promo.from ? ` from ${formatDate(promo.from)}` : ''}${promo.to ? ` until ${formatDate(promo.to)}` : ''}` : ''}
          {check.renewal ? ` · renewal ${formatMoney(check.renewal.total, check.renewal.currency)} per year` : ''}
        </p>
      ) : available ? (
        <p className="text-amber-700 dark:text-amber-400">This period is not offered for .{check.tld}.</p>
      ) : null}
    </div>
  );
}
