'use server';

import { createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { type DmapiClient, domainCheck, domainTransferCancel, domainTransferInReseller, domainTransferResendFoa, domainTransferShow } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { planBulkTransfer } from '@/lib/lifecycle/bulk-transfer';
import { requireHandlesFor } from '@/lib/lifecycle/handles';
import { requireConfirmedPrice, requireFunds } from '@/lib/lifecycle/money-checks';
import { JOKER_NAMESERVERS, parseNameservers } from '@/lib/lifecycle/nameservers';
import { roundCents } from '@/lib/lifecycle/offer';
import { startOrderJob } from '@/lib/lifecycle/order-job';
import type { OrderSummary } from '@/lib/lifecycle/order-summary';
import { offerFor, privacyPrice, quoteDomain } from '@/lib/lifecycle/price-source';
import { recordTransferStart, recordTransferState } from '@/lib/lifecycle/transfer-watch';
import { canCancelTransfer, canResendFoa, transferStateInfo } from '@/lib/lifecycle/transfer-states';
import { tldOf } from '@/lib/net/suffix';
import { bulkTransferSchema, transferControlSchema, transferInSchema } from '@/lib/schemas/transfer';

const FIELDS = {
  domain: 'domain', 'transfer-auth-id': 'transferAuthId', 'owner-c': 'ownerC', 'admin-c': 'adminC', 'tech-c': 'techC',
  'billing-c': 'billingC', 'ns-list': 'nsText', privacy: 'privacy', 'max-price': 'domain', autorenew: 'autorenew', status: 'lock',
};

/**
 * Transfer one domain in (domain-transfer-in-reseller). Checked first: the TLD, the handles (admin, tech and billing
 * default to the owner at Joker), that the domain is registered somewhere, the price (max-price for a premium class)
 * and the balance. Queued: the result stays open until the transfer completes or fails; the Transfers page follows it.
 */
export const transferInAction = createAction({
  name: 'transferInAction',
  area: 'transfers',
  operation: 'order',
  schema: transferInSchema,
  fields: FIELDS,
  handler: async (v, ctx) => {
    const tld = tldOf(v.domain);
    if (ctx.session.tlds.length > 0 && !ctx.session.tlds.includes(tld)) {
      throw new ExpectedFailure(`Your account cannot transfer .${tld} domains.`, { code: 'invalid', fieldErrors: { domain: [`.${tld} is not among your account's TLDs`] } });
    }
    const client = await ctx.client();
    await requireHandlesFor(client, tld, { ownerC: v.ownerC, adminC: v.adminC || undefined, techC: v.techC || undefined, billingC: v.billingC || undefined });
    const check = await domainCheck(client, { domain: v.domain, checkPrice: 'transfer', period: 1 });
    if (check.status !== 'unavailable') {
      throw new ExpectedFailure(`${v.domain} is not registered anywhere: there is nothing to transfer.`, { code: 'invalid', fieldErrors: { domain: ['Not registered (register it instead)'] }, fix: { label: 'Register it', href: '/register' } });
    }
    const quote = await quoteDomain(ctx.session.uid, client, v.domain, 'transfer', 1, check);
    if (!quote) throw new ExpectedFailure(`Transfers of .${tld} domains are not offered.`, { code: 'invalid', fieldErrors: { domain: ['Not offered'] } });
    const privacy = v.privacy === 'none' ? 0 : privacyPrice(await offerFor(ctx.session.uid, client, tld), v.privacy, 1);
    if (privacy === undefined) throw new ExpectedFailure(`Whois privacy is not offered for .${tld}.`, { code: 'invalid', fieldErrors: { privacy: ['Not offered for this TLD'] } });
    const total = roundCents(quote.total + privacy);
    requireConfirmedPrice(total, v.confirmedTotal, quote.currency, 'domain');
    if (quote.premium && (v.maxPrice === undefined || v.maxPrice + 0.005 < quote.total)) {
      throw new ExpectedFailure(`${v.domain} has a premium transfer price; confirm it to send it as max-price.`, { code: 'invalid', fieldErrors: { domain: ['Confirm the premium price'] } });
    }
    await requireFunds(client, total, 'domain');
    const result = await domainTransferInReseller(client, {
      domain: v.domain,
      ...(v.transferAuthId ? { transferAuthId: v.transferAuthId } : {}),
      ownerC: v.ownerC,
      ...(v.adminC ? { adminC: v.adminC } : {}),
      ...(v.techC ? { techC: v.techC } : {}),
      ...(v.billingC ? { billingC: v.billingC } : {}),
      ...(v.nsMode === 'joker' ? { nsList: [...JOKER_NAMESERVERS] } : v.nsMode === 'own' ? { nsList: parseNameservers(v.nsText).hosts } : {}),
      privacy: v.privacy,
      autorenew: v.autorenew,
      status: v.lock ? 'lock' : 'production',
      ...(quote.premium ? { maxPrice: v.maxPrice } : {}),
    });
    await recordTransferStart(await getDb(), ctx.session.uid, v.domain, result.procId, ctx.session.actorName);
    return { procId: result.procId, domain: v.domain, total, currency: quote.currency };
  },
});

export const previewBulkTransferAction = createAction({
  name: 'previewBulkTransferAction',
  area: 'transfers',
  operation: 'view',
  schema: bulkTransferSchema,
  fields: FIELDS,
  handler: async (v, ctx): Promise<OrderSummary> => (await planBulkTransfer(ctx.session, await ctx.client(), v)).summary,
});

/**
 * Starts the bulk transfer the summary showed, as a job. The auth-ids are stored encrypted with the job (the runner
 * needs them, also after a restart); the list's text is never kept.
 */
export const startBulkTransferAction = createAction({
  name: 'startBulkTransferAction',
  area: 'transfers',
  operation: 'order',
  schema: bulkTransferSchema,
  fields: FIELDS,
  audit: { request: 'panel:bulk-job', object: () => 'transfer' },
  handler: async (v, ctx) => {
    const plan = await planBulkTransfer(ctx.session, await ctx.client(), v, true);
    return { jobId: await startOrderJob(await getDb(), ctx.session, plan, v.confirmedTotal, { transfers: plan.transfers }) };
  },
});

/** The current state, read before a control is sent, so a refusal can be said in the state's own words. */
async function currentState(client: DmapiClient, domain: string): Promise<string> {
  return (await domainTransferShow(client, { domain })).status;
}

/** Resend the FOA e-mail to the owner and admin (only while Joker waits for their answer). Immediate. */
export const resendFoaAction = createAction({
  name: 'resendFoaAction',
  area: 'transfers',
  operation: 'change',
  schema: transferControlSchema,
  fields: ['domain'],
  handler: async ({ domain }, ctx) => {
    const client = await ctx.client();
    const state = await currentState(client, domain);
    if (!canResendFoa(state)) {
      throw new ExpectedFailure(`The FOA can be resent only while Joker.com waits for the owner; ${domain} is now “${transferStateInfo(state).label}”.`, { code: 'failed' });
    }
    await domainTransferResendFoa(client, { domain });
    return { domain };
  },
});

/** Cancel a pending transfer (only in the states that allow it; while the losing registrar is asked it takes a while). */
export const cancelTransferAction = createAction({
  name: 'cancelTransferAction',
  area: 'transfers',
  operation: 'change',
  schema: transferControlSchema,
  fields: ['domain'],
  handler: async ({ domain }, ctx) => {
    const client = await ctx.client();
    const state = await currentState(client, domain);
    if (!canCancelTransfer(state)) {
      throw new ExpectedFailure(`The transfer of ${domain} can no longer be cancelled: it is “${transferStateInfo(state).label}”.`, { code: 'failed' });
    }
    await domainTransferCancel(client, { domain });
    // A cancel before anything reached the registry ends the transfer at once, and it leaves the list: note the new
    // state now, so the Transfers page can say it was cancelled.
    const after = await currentState(client, domain).catch(() => undefined);
    if (after) await recordTransferState(await getDb(), ctx.session.uid, domain, after);
    return { domain, state };
  },
});
