import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { followQueued } from '@/lib/results/follow';
import { isSettled } from '@/lib/results/types';

export const dynamic = 'force-dynamic';

/** Where one queued request stands (the queued-result follower polls this); scoped by the user's own DMAPI session. */
export const GET = createRoute({
  name: 'followResultRoute',
  area: 'results',
  query: z.object({}),
  params: z.object({ procId: z.string().regex(/^\d{1,20}$/, 'A Proc-ID is a number') }),
  handler: async ({ params }, ctx) => {
    const outcome = await followQueued(await ctx.client(), params.procId);
    // Joker has answered: the object's row in the account's held domain list is read again on the next view (a
    // queued change takes effect at Joker only now). Objects that are not domains are simply not in the list.
    if (isSettled(outcome.status) && outcome.object?.includes('.')) invalidatePortfolio(ctx.session.uid, [outcome.object]);
    return outcome;
  },
});
