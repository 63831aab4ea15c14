import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { ownerForChange } from '@/lib/contacts/owner';
import { domainName } from '@/lib/schemas/domain';

export const dynamic = 'force-dynamic';

/** The current owner of a domain to start the owner change from (the domain page's owner section, when opened). */
export const GET = createRoute({
  name: 'currentOwnerRoute',
  area: 'domains',
  query: z.object({ domain: domainName }),
  handler: async ({ query }, ctx) => ownerForChange(await ctx.client(), query.domain),
});
