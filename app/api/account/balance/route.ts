import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { accountBalance } from '@/lib/account/figures';
import type { BalanceFigure } from '@/lib/account/types';

export const dynamic = 'force-dynamic';

/** The account's available balance for the header, read fresh (after an order the header asks again). */
export const GET = createRoute({
  name: 'accountBalanceRoute',
  area: 'overview',
  query: z.object({}),
  handler: async (_input, ctx): Promise<BalanceFigure> => {
    const b = await accountBalance(ctx.session.uid, await ctx.client(), true);
    return { available: b.available, currency: b.currency || ctx.session.currency };
  },
});
