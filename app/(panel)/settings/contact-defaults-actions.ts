'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAction } from '@/lib/actions';
import { CONTACT_ROLES, removeContactDefaults, saveContactDefaults } from '@/lib/contacts/defaults';
import { unusableHandles } from '@/lib/contacts/handles';
import { ExpectedFailure } from '@/lib/failure';
import { tld } from '@/lib/schemas/common';
import { contactDefaultsSchema } from '@/lib/schemas/contact';

/**
 * Save the contact defaults of one TLD. Each handle is checked at Joker first (exists, may be used for the TLD:
 * query-contact-list), so a default never fails a registration later; a TLD the account does not sell is refused.
 */
export const saveContactDefaultsAction = createAction({
  name: 'saveContactDefaultsAction',
  area: 'contacts',
  operation: 'change',
  schema: contactDefaultsSchema,
  audit: { request: 'panel:contact-defaults', object: (input) => input.tld },
  handler: async (input, ctx) => {
    if (!ctx.session.tlds.includes(input.tld)) {
      throw new ExpectedFailure(`This account does not offer .${input.tld}.`, { code: 'invalid', fieldErrors: { tld: ['Choose a TLD of this account'] } });
    }
    const given = CONTACT_ROLES.flatMap((role) => (input[role] ? [[role, input[role]] as const] : []));
    const bad = await unusableHandles(await ctx.client(), input.tld, given.map(([, handle]) => handle));
    if (bad.size > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const [role, handle] of given) if (bad.has(handle)) fieldErrors[role] = [bad.get(handle) ?? ''];
      throw new ExpectedFailure('Some handles cannot be used for this TLD.', { code: 'invalid', fieldErrors });
    }
    await saveContactDefaults(ctx.session.uid, input.tld, Object.fromEntries(given), ctx.session.actorName);
    revalidatePath('/settings');
    return { tld: input.tld, roles: given.length };
  },
});

/** Remove the contact defaults of one TLD (panel data only; nothing at Joker changes). */
export const removeContactDefaultsAction = createAction({
  name: 'removeContactDefaultsAction',
  area: 'contacts',
  operation: 'change',
  schema: z.object({ tld }),
  audit: { request: 'panel:contact-defaults-remove', object: (input) => input.tld },
  handler: async (input, ctx) => {
    await removeContactDefaults(ctx.session.uid, input.tld);
    revalidatePath('/settings');
    return { tld: input.tld };
  },
});
