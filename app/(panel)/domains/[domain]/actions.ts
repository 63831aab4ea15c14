'use server';

import { createAction } from '@/lib/actions';
import { domainLock, domainSetProperty, domainUnlock } from '@/lib/dmapi';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { lockDomainSchema, setAutorenewSchema } from '@/lib/schemas/domain-settings';

/**
 * Lock or unlock one domain. Queued at Joker: the answer carries a Proc-ID that the page follows to ack or nack.
 * The template for every single-domain action: shared schema, createAction, the follower, the failure vocabulary.
 */
export const lockDomainAction = createAction({
  name: 'lockDomainAction',
  area: 'domains',
  operation: 'change',
  schema: lockDomainSchema,
  fields: ['domain'],
  handler: async ({ domain, lock }, ctx) => {
    const client = await ctx.client();
    const result = lock ? await domainLock(client, { domain }) : await domainUnlock(client, { domain });
    // The row is read again on the next view (and again when the follower sees Joker's answer).
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { procId: result.procId ?? null };
  },
});

/** Autorenew on or off: domain-set-property answers at once (not queued). */
export const setAutorenewAction = createAction({
  name: 'setAutorenewAction',
  area: 'domains',
  operation: 'change',
  schema: setAutorenewSchema,
  fields: { pvalue: 'on', domain: 'domain' },
  handler: async ({ domain, on }, ctx) => {
    await domainSetProperty(await ctx.client(), { domain, pname: 'autorenew', pvalue: on ? '1' : '0' });
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { on };
  },
});
