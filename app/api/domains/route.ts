import { z } from 'zod';
import { createRoute } from '@/lib/actions';
import { loadPortfolio } from '@/lib/portfolio/server';

export const dynamic = 'force-dynamic';

/** The portfolio for the domain list (react-query): columnar JSON, filtered and sorted in the browser. */
export const GET = createRoute({
  name: 'listDomainsRoute',
  area: 'domains',
  query: z.object({}),
  handler: async (_input, ctx) => loadPortfolio(await ctx.client()),
});
