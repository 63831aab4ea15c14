'use client';

import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { QuietFigure } from '@/components/ui/quiet-boundary';
import Link from '@/components/ui/link';
import type { BalanceFigure } from '@/lib/account/types';
import { formatMoney } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';

async function fetchBalance(): Promise<BalanceFigure | null> {
  const response = await fetch('/api/account/balance', { cache: 'no-store' });
  if (!response.ok) throw new Error(`balance: HTTP ${response.status}`);
  return (await response.json()) as BalanceFigure;
}

/** The balance query: started on the server by the layout, refreshed every two minutes and after each order. */
const balanceQuery = queryOptions({
  queryKey: queryKeys.balance(),
  queryFn: fetchBalance,
  staleTime: 60_000,
  refetchInterval: 120_000,
  refetchOnWindowFocus: true,
});

/** For what renders only after hydration (the account menu's line). */
export function useBalance() {
  return useQuery(balanceQuery);
}

/**
 * The available balance in the header, linking to the account page. Live: after every order the queued-result
 * follower asks for it again (components/results/use-queued-result.ts), so it never shows the sign-in figure for long.
 */
export function HeaderBalance() {
  // The layout's prefetch streams in (lib/query/server.tsx): read under Suspense, never with useQuery's loading state.
  return (
    <QuietFigure retryMs={120_000}>
      <Balance />
    </QuietFigure>
  );
}

function Balance() {
  const { data } = useSuspenseQuery(balanceQuery);
  if (!data) return null;
  return (
    <Link
      href="/account"
      className="hidden whitespace-nowrap rounded px-2 py-1 text-xs tabular-nums text-zinc-700 hover:bg-zinc-100 lg:inline dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Available balance: ${formatMoney(data.available, data.currency)}`}
      data-testid="header-balance"
    >
      {formatMoney(data.available, data.currency)}
    </Link>
  );
}
