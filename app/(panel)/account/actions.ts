'use server';

import { createAction } from '@/lib/actions';
import { userSetProperty } from '@/lib/dmapi';
import { setAccountAutorenewSchema } from '@/lib/schemas/account';

/**
 * The account-wide autorenew default (user-set-property pname=autorenew): what every later registration and transfer
 * without its own autorenew gets. Account-wide, so the overview area's `change`, which only the owner holds.
 */
export const setAccountAutorenewAction = createAction({
  name: 'setAccountAutorenewAction',
  area: 'overview',
  operation: 'change',
  schema: setAccountAutorenewSchema,
  fields: { pvalue: 'on' },
  handler: async ({ on }, ctx) => {
    await userSetProperty(await ctx.client(), { pname: 'autorenew', pvalue: on ? '1' : '0' });
    return { on };
  },
});
