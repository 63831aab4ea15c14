import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { getDb } from '@/lib/db';
import { transfersView } from '@/lib/lifecycle/transfer-list';

export const dynamic = 'force-dynamic';

/** Pending incoming transfers with their states explained and the states seen so far (the Transfers page polls it). */
export const GET = createRoute({
  name: 'transfersRoute',
  area: 'transfers',
  query: z.object({}),
  handler: async (_input, ctx) => transfersView(await getDb(), ctx.session.uid, await ctx.client()),
});
