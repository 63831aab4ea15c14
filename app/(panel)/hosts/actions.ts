'use server';

import { createAction } from '@/lib/actions';
import { hostInUse, isInUse } from '@/lib/contacts/handles';
import { nsCreate, nsDelete, nsModify } from '@/lib/dmapi';
import { hostOnlySchema, nsWriteSchema } from '@/lib/schemas/host';

/** ns-create / ns-modify name their parameters in `Error:` lines; the form's fields carry the same names. */
const FIELDS = ['host', 'ip', 'ipv6'];

/** Register a name server host with its glue addresses (several IPv4 and IPv6). May be queued. */
export const createHostAction = createAction({
  name: 'createHostAction',
  area: 'hosts',
  operation: 'change',
  schema: nsWriteSchema,
  fields: FIELDS,
  handler: async (input, ctx) => {
    const result = await nsCreate(await ctx.client(), input);
    return { procId: result.procId ?? null, host: input.host };
  },
});

/** Replace a host's addresses; an emptied family is removed. May be queued. */
export const modifyHostAction = createAction({
  name: 'modifyHostAction',
  area: 'hosts',
  operation: 'change',
  schema: nsWriteSchema,
  fields: FIELDS,
  handler: async (input, ctx) => {
    const result = await nsModify(await ctx.client(), input);
    return { procId: result.procId ?? null };
  },
});

/** Delete a host. Joker refuses while a domain is delegated to it: the refusal says which, in words. */
export const deleteHostAction = createAction({
  name: 'deleteHostAction',
  area: 'hosts',
  operation: 'change',
  schema: hostOnlySchema,
  handler: async ({ host }, ctx) => {
    try {
      const result = await nsDelete(await ctx.client(), { host });
      return { procId: result.procId ?? null };
    } catch (error) {
      if (isInUse(error)) throw hostInUse(host, error);
      throw error;
    }
  },
});
