import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import type { PendingFigure } from '@/lib/account/types';
import { pendingRequests } from '@/lib/account/figures';

export const dynamic = 'force-dynamic';

/** How many queued requests are still in progress (the navigation badge polls this); read fresh each time. */
export const GET = createRoute({
  name: 'pendingResultsRoute',
  area: 'results',
  query: z.object({}),
  handler: async (_input, ctx): Promise<PendingFigure> => ({ count: await pendingRequests(ctx.session.uid, await ctx.client(), true) }),
});
