'use server';

import { createAction } from '@/lib/actions';
import { allContactFieldNames } from '@/lib/contacts/fields';
import { domainOwnerChange } from '@/lib/dmapi';
import { domainOwnerChangeSchema } from '@/lib/schemas/contact';

const FIELDS: Record<string, string> = {
  domain: 'domain',
  'lock-opt-out': 'lockOptOut',
  ...Object.fromEntries(allContactFieldNames().map((name) => [name, `fields.${name}`])),
};

/**
 * Change the owner of a domain (domain-owner-change): the full new owner contact, checked by the rules of the
 * domain's TLD, and lock-opt-out. Queued: Joker mails confirmation keys to the old and the new owner and answers
 * ack once the change of registrant is confirmed (cor-verify), nack when it is refused or not confirmed in time.
 */
export const changeDomainOwnerAction = createAction({
  name: 'changeDomainOwnerAction',
  area: 'domains',
  operation: 'change',
  schema: domainOwnerChangeSchema,
  fields: FIELDS,
  handler: async (input, ctx) => {
    const result = await domainOwnerChange(await ctx.client(), input);
    return { procId: result.procId };
  },
});
