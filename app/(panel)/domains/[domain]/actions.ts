'use server';

import { createAction } from '@/lib/actions';
import { domainLock, domainSetProperty, domainUnlock } from '@/lib/dmapi';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { domainOnlyFormSchema } from '@/lib/schemas/domain-lifecycle';
import { lockDomainSchema, setAutorenewSchema, setDomainFlagSchema, setPrivacySchema } from '@/lib/schemas/domain-settings';

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

/** whois-opt-out or gdpr-opt-in on or off (domain-set-property, immediate). */
export const setDomainFlagAction = createAction({
  name: 'setDomainFlagAction',
  area: 'domains',
  operation: 'change',
  schema: setDomainFlagSchema,
  fields: { pvalue: 'on', domain: 'domain' },
  handler: async ({ domain, pname, on }, ctx) => {
    await domainSetProperty(await ctx.client(), { domain, pname, pvalue: on ? '1' : '0' });
    return { pname, on };
  },
});

/** Switch a privacy subscription basic / pro / off (domain-set-property pname=privacy, immediate). */
export const setPrivacyAction = createAction({
  name: 'setPrivacyAction',
  area: 'domains',
  operation: 'change',
  schema: setPrivacySchema,
  fields: { pvalue: 'level', domain: 'domain' },
  handler: async ({ domain, level }, ctx) => {
    await domainSetProperty(await ctx.client(), { domain, pname: 'privacy', pvalue: level });
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { level };
  },
});

/**
 * After a queued request on a domain settled (register, transfer, restore, delete): the account's copy of the list
 * reads the row again, since the change may have landed after the write itself invalidated it. A read-only step.
 */
export const domainSettledAction = createAction({
  name: 'domainSettledAction',
  area: 'domains',
  operation: 'view',
  schema: domainOnlyFormSchema,
  handler: async ({ domain }, ctx) => {
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { domain };
  },
});
