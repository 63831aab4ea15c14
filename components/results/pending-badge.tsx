'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { QuietFigure } from '@/components/ui/quiet-boundary';
import type { PendingFigure } from '@/lib/account/types';
import { formatCount } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';

async function fetchPending(): Promise<PendingFigure | null> {
  const response = await fetch('/api/results/pending', { cache: 'no-store' });
  if (!response.ok) throw new Error(`pending results: HTTP ${response.status}`);
  return (await response.json()) as PendingFigure;
}

/**
 * The number of queued requests still in progress at Joker, beside the Results entry of the navigation. Started on
 * the server with the page, asked again every 30 seconds and whenever a followed request is sent or settles.
 */
export function PendingBadge() {
  // The layout's prefetch streams in (lib/query/server.tsx): read under Suspense, never with useQuery's loading state.
  return (
    <QuietFigure retryMs={30_000}>
      <Count />
    </QuietFigure>
  );
}

function Count() {
  const { data } = useSuspenseQuery({
    queryKey: queryKeys.pendingResults(),
    queryFn: fetchPending,
    staleTime: 30_000,
    refetchInterval: 30_000,
  });
  const count = data?.count ?? 0;
  if (count === 0) return null;
  return (
    <span
      className="ml-auto rounded-full bg-sky-600 px-1.5 text-[0.7rem] font-semibold tabular-nums leading-5 text-white"
      aria-label={`${formatCount(count)} pending`}
      data-testid="pending-badge"
    >
      {formatCount(count)}
    </span>
  );
}
