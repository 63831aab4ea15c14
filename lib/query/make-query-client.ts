import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query';

/**
 * The react-query client's settings, one place for the browser and the server. A query the server started but has
 * not finished is dehydrated too (`pending`): its promise streams to the browser with the page, so the data request
 * begins with the HTML instead of after hydration (docs/architecture.md, "Loading data").
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false },
      dehydrate: { shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending' },
    },
  });
}
