import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { checkName } from '@/lib/lifecycle/name-check';

export const dynamic = 'force-dynamic';

/** Availability and prices of a typed name for the register and transfer forms (debounced as the person types). */
export const GET = createRoute({
  name: 'checkNameRoute',
  area: 'domains',
  query: z.object({
    domain: z.string().trim().min(1).max(300),
    years: z.coerce.number().int().min(1).max(10).default(1),
    for: z.enum(['create', 'transfer']).default('create'),
  }),
  handler: async ({ query }, ctx) => checkName(ctx.session, await ctx.client(), query.domain, query.for, query.years),
});
