'use server';

import { createAction } from '@/lib/actions';
import { allContactFieldNames } from '@/lib/contacts/fields';
import { contactInUse, isInUse } from '@/lib/contacts/handles';
import { validateContact } from '@/lib/contacts/validate';
import { contactDelete, contactModify, createContactPreferV2, queryContact } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure';
import { contactCreateSchema, contactHandleSchema, contactModifySchema } from '@/lib/schemas/contact';

/** DMAPI `Error:` lines start with the parameter name; on the form the field is `fields.<name>`. */
const FIELDS: Record<string, string> = {
  tld: 'tld',
  handle: 'handle',
  ...Object.fromEntries(allContactFieldNames().map((name) => [name, `fields.${name}`])),
};

/**
 * Create a contact for one TLD: /v2/contact/create answers with the handle at once; where the DMAPI lacks it,
 * contact-create's Proc-ID is returned and the form follows it to the handle.
 */
export const createContactAction = createAction({
  name: 'createContactAction',
  area: 'contacts',
  operation: 'change',
  schema: contactCreateSchema,
  fields: FIELDS,
  handler: async (input, ctx) => {
    const created = await createContactPreferV2(await ctx.client(), input);
    return { handle: created.handle ?? null, procId: created.procId ?? null };
  },
});

/**
 * Modify a contact: only the changed fields travel (`!@!` clears one). The stored contact is read first, so the
 * change is judged as its result: a field that cannot change is refused, a gap it leaves is named.
 */
export const modifyContactAction = createAction({
  name: 'modifyContactAction',
  area: 'contacts',
  operation: 'change',
  schema: contactModifySchema,
  fields: FIELDS,
  handler: async ({ handle, tld, fields }, ctx) => {
    if (Object.keys(fields).length === 0) {
      throw new ExpectedFailure('Nothing changed: no field differs from what Joker.com holds.', { code: 'invalid' });
    }
    const client = await ctx.client();
    const stored = await queryContact(client, { handle });
    const errors = validateContact(fields, { tld, mode: 'modify', existing: stored.fields });
    if (errors.length > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const e of errors) (fieldErrors[`fields.${e.field}`] ??= []).push(e.message);
      throw new ExpectedFailure('Some values need attention.', { code: 'invalid', fieldErrors });
    }
    const result = await contactModify(client, { handle, tld, fields });
    return { procId: result.procId ?? null };
  },
});

/** Delete a contact. Joker refuses while a domain uses it: the refusal says which, in words. */
export const deleteContactAction = createAction({
  name: 'deleteContactAction',
  area: 'contacts',
  operation: 'change',
  schema: contactHandleSchema,
  handler: async ({ handle }, ctx) => {
    try {
      const result = await contactDelete(await ctx.client(), { handle });
      return { procId: result.procId ?? null };
    } catch (error) {
      if (isInUse(error)) throw contactInUse(handle, error);
      throw error;
    }
  },
});
