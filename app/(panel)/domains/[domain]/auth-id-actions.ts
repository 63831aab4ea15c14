'use server';

import { createAction } from '@/lib/actions';
import { domainTransferGetAuthId, resultList, resultRetrieve } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { domainOnlyFormSchema, revealAuthIdSchema } from '@/lib/schemas/domain-lifecycle';

/**
 * Ask Joker for a new auth-id (domain-transfer-get-auth-id). Queued: the id arrives in the request's result. Every
 * request invalidates the previous auth-id.
 */
export const requestAuthIdAction = createAction({
  name: 'requestAuthIdAction',
  area: 'domains',
  operation: 'change',
  schema: domainOnlyFormSchema,
  fields: ['domain'],
  handler: async ({ domain }, ctx) => {
    const result = await domainTransferGetAuthId(await ctx.client(), { domain });
    return { procId: result.procId };
  },
});

/**
 * The auth-id from an acknowledged domain-transfer-get-auth-id result, for the person who asked for it on this page
 * (same right as asking). Only that request's result is read (its type and domain are checked), and the id is
 * returned to the browser and nowhere else: it is not logged, and the audit row holds only the domain and Proc-ID.
 */
export const revealAuthIdAction = createAction({
  name: 'revealAuthIdAction',
  area: 'domains',
  operation: 'change',
  schema: revealAuthIdSchema,
  handler: async ({ domain, procId }, ctx) => {
    const client = await ctx.client();
    const row = (await resultList(client, { procid: procId })).find((r) => r.procId === procId);
    if (!row || row.requestType !== 'domain-transfer-get-auth-id' || row.object?.toLowerCase() !== domain) {
      throw new ExpectedFailure('That request is not an auth-id request for this domain.', { code: 'invalid' });
    }
    if (row.status === '?') throw new ExpectedFailure('Joker.com has not answered yet.', { code: 'failed', next: 'Wait a moment.' });
    if (row.status === 'nack') throw new ExpectedFailure('Joker.com refused the auth-id request.', { code: 'failed', next: 'See the reasons above and ask again.' });
    const retrieved = await resultRetrieve(client, { procId });
    if (!retrieved.authId) {
      throw new ExpectedFailure('The result no longer holds the auth-id (results are kept 30 days).', { code: 'failed', next: 'Request a new auth-id.' });
    }
    return { authId: retrieved.authId };
  },
});
