import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { followQueued } from '@/lib/results/follow';

export const dynamic = 'force-dynamic';

/** Where one queued request stands (the queued-result follower polls this); scoped by the user's own DMAPI session. */
export const GET = createRoute({
  name: 'followResultRoute',
  area: 'results',
  query: z.object({}),
  params: z.object({ procId: z.string().regex(/^\d{1,20}$/, 'A Proc-ID is a number') }),
  handler: async ({ params }, ctx) => followQueued(await ctx.client(), params.procId),
});
