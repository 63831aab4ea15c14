import 'server-only';
import { dehydrate, type FetchQueryOptions, HydrationBoundary, type QueryKey } from '@tanstack/react-query';
import { cache, type ReactNode } from 'react';
import { makeQueryClient } from './make-query-client';

/** One react-query client per server request (React cache), shared by every prefetch of the page. */
export const getQueryClient = cache(makeQueryClient);

/**
 * Starts a query on the server without waiting for it: the page renders on, and the result (or the pending promise)
 * goes to the browser inside <HydrateClient>. The `queryKey` must be the one the client component's query uses;
 * `queryFn` here reads on the server (the data-access layer), the client's fetches the session-checked route.
 *
 * The client component reads it with `useSuspenseQuery` under a <Suspense> boundary, never with `useQuery`: the
 * server renders useQuery's loading state while the read is pending, but in the browser the answer has often arrived
 * before the scripts run, and the first render then shows the data. React finds a different tree from the server's,
 * throws the served HTML of the whole page away and renders it anew (a hydration mismatch, TanStack/query#9399).
 * Under Suspense the server streams the content in once the answer is there, and both sides render the same tree.
 */
export function prefetch<T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): void {
  void getQueryClient().prefetchQuery(options);
}

/**
 * Data the server already holds (no read to wait for), handed to the browser's cache as it is: the client component
 * may read it with `useQuery`, since the server and the browser render it with the data alike.
 */
export function provide<T>(queryKey: QueryKey, data: T): void {
  getQueryClient().setQueryData(queryKey, data);
}

/** Hands what this request prefetched to the browser's react-query cache; wrap the client components that use it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
