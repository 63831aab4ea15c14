import { z } from 'zod';
import { createRoute } from '@/lib/actions/create-route';
import { contactDefaultsFor } from '@/lib/contacts/defaults';
import { tld } from '@/lib/schemas/common';

export const dynamic = 'force-dynamic';

/** The account's contact defaults of one TLD (Settings), for the handle picker to pre-fill. Panel data only. */
export const GET = createRoute({
  name: 'contactDefaultsRoute',
  area: 'domains',
  query: z.object({ tld }),
  handler: async ({ query }, ctx) => contactDefaultsFor(ctx.session.uid, query.tld),
});
