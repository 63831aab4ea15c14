import { createRoute } from '@/lib/actions/create-route';
import { queryContactList } from '@/lib/dmapi';
import { contactListQuerySchema, handlePattern } from '@/lib/schemas/contact';

export const dynamic = 'force-dynamic';

/** At most this many handles per request (the picker shows the first of them). */
const MAX_ROWS = 200;

/**
 * Handles for the handle picker (register, transfer, owner change, contact defaults): query-contact-list with the
 * TLD the handles must be usable with, a handle pattern and a page, extended format. Area `domains`: whoever may work
 * with domains must be able to choose their contacts; the contact list page itself needs the `contacts` area.
 */
export const GET = createRoute({
  name: 'listContactsRoute',
  area: 'domains',
  query: contactListQuerySchema,
  handler: async ({ query }, ctx) => {
    const from = query.from ?? 1;
    const to = Math.min(query.to ?? from + 49, from + MAX_ROWS - 1);
    const pattern = handlePattern(query.q);
    const rows = await queryContactList(await ctx.client(), {
      extendedFormat: true, from, to, ...(query.tld ? { tld: query.tld } : {}), ...(pattern ? { pattern } : {}),
    });
    return { rows: rows.map((r) => ({ handle: r.handle, name: r.name ?? null, organization: r.organization ?? null, email: r.email ?? null })) };
  },
});
