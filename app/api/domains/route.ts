import { z } from 'zod';
import { createRoute } from '@/lib/actions';
import { loadListWire } from '@/lib/portfolio/server';

export const dynamic = 'force-dynamic';

/**
 * The portfolio for the domain list (react-query): the query-domain-list body with its columns and IDN names; the
 * browser maps it (lib/portfolio/scan.ts says why), then filters and sorts.
 */
export const GET = createRoute({
  name: 'listDomainsRoute',
  area: 'domains',
  query: z.object({}),
  handler: async (_input, ctx) => loadListWire(await ctx.client()),
});
