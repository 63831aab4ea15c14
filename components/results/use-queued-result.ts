'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Failure } from '@/lib/failure/types';
import { queryKeys } from '@/lib/query-keys';
import { isSettled, type QueuedOutcome } from '@/lib/results/types';

class FollowError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
  }
}

async function fetchOutcome(procId: string): Promise<QueuedOutcome> {
  const response = await fetch(`/api/results/${encodeURIComponent(procId)}`, { cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as QueuedOutcome | Failure | null;
  if (response.ok && body && 'status' in body) return body;
  throw new FollowError(body && 'code' in body ? body : { code: 'unavailable', error: `The result could not be read (HTTP ${response.status}).` });
}

/** Polling slows down the longer Joker takes: every 1.5 s for the first 30 s, then every 5 s, then every 30 s. */
function interval(startedAt: number): number {
  const age = Date.now() - startedAt;
  return age < 30_000 ? 1_500 : age < 300_000 ? 5_000 : 30_000;
}

/**
 * Follows one queued request (by Proc-ID) until Joker answers ack or nack; `onSettled` runs once then (refresh the page,
 * invalidate a list). Several components following the same Proc-ID share one poll.
 */
export function useQueuedResult(procId: string | undefined, onSettled?: (outcome: QueuedOutcome) => void) {
  const startedAt = useRef(0);
  const settledFor = useRef<string | undefined>(undefined);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.result(procId ?? ''),
    queryFn: () => fetchOutcome(procId as string),
    enabled: Boolean(procId),
    refetchInterval: (q) => (q.state.data && isSettled(q.state.data.status) ? false : interval(startedAt.current || Date.now())),
    // A failed read (DMAPI briefly away) keeps the last known status and tries again on the next tick.
    retry: 2,
    staleTime: 0,
  });
  // A request sent (an order is charged when Joker accepts it) or settled (a nack is refunded) changes the header's
  // balance and the navigation's count of pending requests: both ask again.
  useEffect(() => {
    if (!procId) return;
    startedAt.current = Date.now();
    void queryClient.invalidateQueries({ queryKey: queryKeys.balance() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.pendingResults() });
  }, [procId, queryClient]);
  const outcome = query.data;
  useEffect(() => {
    if (outcome && isSettled(outcome.status) && settledFor.current !== outcome.procId) {
      settledFor.current = outcome.procId;
      void queryClient.invalidateQueries({ queryKey: queryKeys.balance() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.pendingResults() });
      onSettled?.(outcome);
    }
  }, [outcome, onSettled, queryClient]);
  const failure = query.error instanceof FollowError ? query.error.failure : query.error ? { code: 'unavailable' as const, error: query.error.message } : null;
  return { outcome, failure, isFetching: query.isFetching };
}
