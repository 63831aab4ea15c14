import { createRoute } from '@/lib/actions/create-route';
import { loadInboxPage } from '@/lib/results/inbox';
import { resultFiltersSchema } from '@/lib/schemas/results';

export const dynamic = 'force-dynamic';

/** One page of the queued-request inbox (the inbox refreshes through this while requests are pending). */
export const GET = createRoute({
  name: 'listResultsRoute',
  area: 'results',
  query: resultFiltersSchema,
  handler: async ({ query }, ctx) => loadInboxPage(await ctx.client(), ctx.session, query),
});
