'use server';

import { createAction } from '@/lib/actions';
import { domainModify, inquireTld } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { dnssecFormOf, dnssecValue } from '@/lib/lifecycle/dnssec';
import { requireHandlesFor } from '@/lib/lifecycle/handles';
import { parseNameservers } from '@/lib/lifecycle/nameservers';
import { tldOf } from '@/lib/net/suffix';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { domainContactsSchema, domainOnlyFormSchema, enableDnssecSchema, nameserversFormSchema } from '@/lib/schemas/domain-lifecycle';

/** Replace the name servers (domain-modify ns-list replaces all of them). Queued. */
export const setNameserversAction = createAction({
  name: 'setNameserversAction',
  area: 'domains',
  operation: 'change',
  schema: nameserversFormSchema,
  fields: { 'ns-list': 'nsText', domain: 'domain' },
  handler: async ({ domain, nsText }, ctx) => {
    const { hosts } = parseNameservers(nsText);
    const result = await domainModify(await ctx.client(), { domain, nsList: hosts });
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { procId: result.procId };
  },
});

/** Reassign admin-c, tech-c and billing-c to handles valid for the TLD (the owner changes by owner change). Queued. */
export const setDomainContactsAction = createAction({
  name: 'setDomainContactsAction',
  area: 'domains',
  operation: 'change',
  schema: domainContactsSchema,
  fields: { 'admin-c': 'adminC', 'tech-c': 'techC', 'billing-c': 'billingC', domain: 'domain' },
  handler: async ({ domain, adminC, techC, billingC }, ctx) => {
    const client = await ctx.client();
    await requireHandlesFor(client, tldOf(domain), { adminC, techC, billingC });
    const result = await domainModify(client, { domain, adminC, techC, billingC });
    return { procId: result.procId };
  },
});

/**
 * DNSSEC on with one to six keys. The form the registry takes is asked from inquire-tld here again: the browser's
 * word for it is not trusted. Queued.
 */
export const enableDnssecAction = createAction({
  name: 'enableDnssecAction',
  area: 'domains',
  operation: 'change',
  schema: enableDnssecSchema,
  fields: ['domain'],
  handler: async ({ domain, form, entries }, ctx) => {
    const client = await ctx.client();
    const tld = tldOf(domain);
    const wanted = dnssecFormOf((await inquireTld(client, { tld })).fields['dnssec']);
    if (wanted === null) throw new ExpectedFailure(`The registry of .${tld} does not take DNSSEC keys through Joker.com.`, { code: 'failed' });
    if (wanted !== form) {
      throw new ExpectedFailure(`The registry of .${tld} takes ${wanted === 'keydata' ? 'DNSKEY records' : 'DS records'}, not the form sent.`, {
        code: 'invalid',
        next: 'Reload the page and enter the keys again.',
      });
    }
    const result = await domainModify(client, { domain, dnssec: entries.map((e) => dnssecValue(e, form)) });
    return { procId: result.procId };
  },
});

/** DNSSEC off: `dnssec=0` removes every key at the registry. Queued. */
export const disableDnssecAction = createAction({
  name: 'disableDnssecAction',
  area: 'domains',
  operation: 'change',
  schema: domainOnlyFormSchema,
  fields: ['domain'],
  handler: async ({ domain }, ctx) => {
    const result = await domainModify(await ctx.client(), { domain, dnssec: false });
    return { procId: result.procId };
  },
});
