import 'server-only';
import { dehydrate, type FetchQueryOptions, HydrationBoundary, type QueryKey } from '@tanstack/react-query';
import { cache, type ReactNode } from 'react';
import { makeQueryClient } from './make-query-client';

/** One react-query client per server request (React cache), shared by every prefetch of the page. */
export const getQueryClient = cache(makeQueryClient);

/**
 * Starts a query on the server without waiting for it: the page renders on, and the result (or the pending promise)
 * goes to the browser inside <HydrateClient>. The `queryKey` must be the one the client component's `useQuery`
 * uses; `queryFn` here reads on the server (the data-access layer), the client's fetches the session-checked route.
 */
export function prefetch<T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): void {
  void getQueryClient().prefetchQuery(options);
}

/** Hands what this request prefetched to the browser's react-query cache; wrap the client components that use it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
