'use server';

import { createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { domainCheck, domainRegister } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { planBulkRegister } from '@/lib/lifecycle/bulk-register';
import { requireHandlesFor } from '@/lib/lifecycle/handles';
import { requireConfirmedPrice, requireFunds } from '@/lib/lifecycle/money-checks';
import { JOKER_NAMESERVERS, parseNameservers } from '@/lib/lifecycle/nameservers';
import { roundCents } from '@/lib/lifecycle/offer';
import { startOrderJob } from '@/lib/lifecycle/order-job';
import type { OrderSummary } from '@/lib/lifecycle/order-summary';
import { offerFor, privacyPrice, quoteDomain } from '@/lib/lifecycle/price-source';
import { tldOf } from '@/lib/net/suffix';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { bulkRegisterSchema, registerDomainSchema } from '@/lib/schemas/register';

const FIELDS = {
  domain: 'domain', period: 'years', 'owner-c': 'ownerC', 'admin-c': 'adminC', 'tech-c': 'techC', 'billing-c': 'billingC',
  'ns-list': 'nsText', privacy: 'privacy', 'max-price': 'years', autorenew: 'autorenew',
};

/**
 * Register one name. Everything the form showed is checked again before domain-register is sent: the account may use
 * the TLD, the name is available, the handles are valid for the TLD, the price is still the confirmed one (max-price
 * sent for a non-standard class, at most what the person confirmed), and the balance covers it. Queued.
 */
export const registerDomainAction = createAction({
  name: 'registerDomainAction',
  area: 'domains',
  operation: 'order',
  schema: registerDomainSchema,
  fields: FIELDS,
  handler: async (v, ctx) => {
    const tld = tldOf(v.domain);
    if (ctx.session.tlds.length > 0 && !ctx.session.tlds.includes(tld)) {
      throw new ExpectedFailure(`Your account cannot register .${tld} domains.`, { code: 'invalid', fieldErrors: { domain: [`.${tld} is not among your account's TLDs`] } });
    }
    const client = await ctx.client();
    await requireHandlesFor(client, tld, { ownerC: v.ownerC, adminC: v.adminC, techC: v.techC, billingC: v.billingC });
    const check = await domainCheck(client, { domain: v.domain, checkPrice: 'create', period: v.years });
    if (check.status === 'unavailable') {
      throw new ExpectedFailure(`${v.domain} is not available for registration${check.reason ? ` (${check.reason})` : ''}.`, {
        code: 'invalid',
        fieldErrors: { domain: ['Not available'] },
        next: check.reason === 'registered' ? 'If you hold its auth-id, transfer it in instead.' : 'Try another name.',
      });
    }
    const quote = await quoteDomain(ctx.session.uid, client, v.domain, 'create', v.years, check);
    if (!quote) throw new ExpectedFailure(`Registering .${tld} for ${v.years} years is not offered.`, { code: 'invalid', fieldErrors: { years: ['Not offered for this TLD'] } });
    const privacy = v.privacy === 'none' ? 0 : privacyPrice(await offerFor(ctx.session.uid, client, tld), v.privacy, v.years);
    if (privacy === undefined) throw new ExpectedFailure(`Whois privacy is not offered for .${tld}.`, { code: 'invalid', fieldErrors: { privacy: ['Not offered for this TLD'] } });
    const total = roundCents(quote.total + privacy);
    requireConfirmedPrice(total, v.confirmedTotal, quote.currency, 'years');
    if (quote.premium && (v.maxPrice === undefined || v.maxPrice + 0.005 < quote.total)) {
      throw new ExpectedFailure(`${v.domain} has a premium price (${quote.priceClass}); confirm it to send it as max-price.`, { code: 'invalid', fieldErrors: { years: ['Confirm the premium price'] } });
    }
    await requireFunds(client, total, 'years');
    const result = await domainRegister(client, {
      domain: v.domain, period: v.years * 12, ownerC: v.ownerC, adminC: v.adminC, techC: v.techC, billingC: v.billingC,
      nsList: v.nsMode === 'joker' ? [...JOKER_NAMESERVERS] : parseNameservers(v.nsText).hosts,
      autorenew: v.autorenew, privacy: v.privacy, ...(quote.premium ? { maxPrice: v.maxPrice } : {}),
    });
    invalidatePortfolio(ctx.session.uid, [v.domain]);
    return { procId: result.procId, domain: v.domain, total, currency: quote.currency };
  },
});

/** The summary of a bulk registration: what is sent, what is left out and why, the total and the balance after. */
export const previewBulkRegisterAction = createAction({
  name: 'previewBulkRegisterAction',
  area: 'domains',
  operation: 'view',
  schema: bulkRegisterSchema,
  fields: FIELDS,
  handler: async (v, ctx): Promise<OrderSummary> => (await planBulkRegister(ctx.session, await ctx.client(), v)).summary,
});

/** Starts the bulk registration the summary showed, as a job (see /jobs/N). */
export const startBulkRegisterAction = createAction({
  name: 'startBulkRegisterAction',
  area: 'domains',
  operation: 'order',
  schema: bulkRegisterSchema,
  fields: FIELDS,
  audit: { request: 'panel:bulk-job', object: () => 'register' },
  handler: async (v, ctx) => {
    const plan = await planBulkRegister(ctx.session, await ctx.client(), v);
    return { jobId: await startOrderJob(await getDb(), ctx.session, plan, v.confirmedTotal) };
  },
});
