import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { handlesForTld } from '@/lib/lifecycle/handles';
import { tld } from '@/lib/schemas/common';

export const dynamic = 'force-dynamic';

/** Contact handles valid for a TLD (query-contact-list tld=…), for the contact pickers of register and transfer. */
export const GET = createRoute({
  name: 'handlesForTldRoute',
  area: 'domains',
  query: z.object({ tld, q: z.string().trim().max(64).regex(/^[A-Za-z0-9_*?-]*$/, 'Part of a handle').optional() }),
  handler: async ({ query }, ctx) => {
    const pattern = query.q ? (/[*?]/.test(query.q) ? query.q : `*${query.q}*`) : undefined;
    return handlesForTld(await ctx.client(), query.tld, pattern);
  },
});
