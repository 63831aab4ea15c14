'use server';

import { createAction } from '@/lib/actions';
import { domainPrivacyOrder, domainRedeem, domainRenew } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { readDomainFacts } from '@/lib/lifecycle/domain-facts';
import { requireConfirmedPrice, requireFunds } from '@/lib/lifecycle/money-checks';
import { roundCents } from '@/lib/lifecycle/offer';
import { offerFor, privacyPrice, quoteDomain } from '@/lib/lifecycle/price-source';
import { privacyTerm } from '@/lib/lifecycle/privacy';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { privacyOrderFormSchema, renewFormSchema, restoreFormSchema } from '@/lib/schemas/domain-lifecycle';

const notOurs = (domain: string) =>
  new ExpectedFailure(`${domain} is not in this account's portfolio (any more).`, { code: 'failed', next: 'Reload the domain list.' });

/**
 * Renew by expiration year (sent as expyear: a repeated request renews nothing) or by years (sent as months).
 * Price, privacy and balance are checked here before anything is sent; max-price goes out for a premium class.
 */
export const renewDomainAction = createAction({
  name: 'renewDomainAction',
  area: 'domains',
  operation: 'order',
  schema: renewFormSchema,
  fields: { period: 'years', expyear: 'expyear', privacy: 'privacy', 'max-price': 'confirmedTotal', domain: 'domain' },
  handler: async (v, ctx) => {
    const client = await ctx.client();
    const facts = await readDomainFacts(client, v.domain);
    if (!facts) throw notOurs(v.domain);
    const field = v.mode === 'years' ? 'years' : 'expyear';
    const currentYear = facts.expires ? new Date(facts.expires).getUTCFullYear() : new Date().getUTCFullYear();
    const years = v.mode === 'years' ? (v.years as number) : (v.expyear as number) - currentYear;
    let maxPrice: number | undefined;
    if (years > 0) {
      const quote = await quoteDomain(ctx.session.uid, client, v.domain, 'renew', years);
      if (!quote) throw new ExpectedFailure(`Renewing .${facts.tld} for ${years} years is not offered.`, { code: 'invalid', fieldErrors: { [field]: ['Not offered for this TLD'] } });
      const keep = facts.privacy.active === 'basic' || facts.privacy.active === 'pro' ? facts.privacy.active : 'none';
      const level = v.privacy === 'keep' ? keep : v.privacy;
      const privacy = level === 'none' ? 0 : privacyPrice(await offerFor(ctx.session.uid, client, facts.tld), level, years);
      if (privacy === undefined) throw new ExpectedFailure(`Whois privacy is not offered for .${facts.tld}.`, { code: 'invalid', fieldErrors: { privacy: ['Not offered for this TLD'] } });
      const total = roundCents(quote.total + privacy);
      requireConfirmedPrice(total, v.confirmedTotal, quote.currency, field);
      await requireFunds(client, total, field);
      if (quote.premium) maxPrice = quote.total;
    }
    const result = await domainRenew(client, {
      domain: v.domain,
      ...(v.mode === 'years' ? { period: years * 12 } : { expyear: v.expyear as number }),
      privacy: v.privacy,
      ...(maxPrice !== undefined ? { maxPrice } : {}),
    });
    invalidatePortfolio(ctx.session.uid, [v.domain]);
    return { procId: result.procId ?? null, warnings: result.warnings, years: Math.max(0, years) };
  },
});

/** Whois privacy for an existing domain (domain-privacy-order): price by the term, balance checked first. */
export const orderPrivacyAction = createAction({
  name: 'orderPrivacyAction',
  area: 'domains',
  operation: 'order',
  schema: privacyOrderFormSchema,
  fields: { privacy: 'privacy', period: 'years', expyear: 'expyear', domain: 'domain' },
  handler: async (v, ctx) => {
    const client = await ctx.client();
    const facts = await readDomainFacts(client, v.domain);
    if (!facts) throw notOurs(v.domain);
    const bought = facts.privacy.bought ?? facts.privacy.active;
    const current = bought === 'basic' || bought === 'pro' ? bought : 'none';
    const term = privacyTerm({
      now: Date.now(), domainExpires: facts.expires, current, currentExpires: facts.privacy.expires,
      level: v.privacy, term: v.term, years: v.years, expyear: v.expyear,
    });
    const field = v.term === 'expyear' ? 'expyear' : v.term === 'years' ? 'years' : 'term';
    if (term.problem) throw new ExpectedFailure(`${term.problem}.`, { code: 'invalid', fieldErrors: { [field]: [term.problem] } });
    const offer = await offerFor(ctx.session.uid, client, facts.tld);
    const price = privacyPrice(offer, v.privacy, term.years);
    if (price === undefined) throw new ExpectedFailure(`Whois privacy is not offered for .${facts.tld}.`, { code: 'invalid', fieldErrors: { privacy: ['Not offered'] } });
    requireConfirmedPrice(price, v.confirmedTotal, offer.currency, field);
    await requireFunds(client, price, field);
    const result = await domainPrivacyOrder(client, {
      domain: v.domain,
      privacy: v.privacy,
      ...(v.term === 'years' ? { period: (v.years as number) * 12 } : v.term === 'expyear' ? { expyear: v.expyear as number } : {}),
    });
    invalidatePortfolio(ctx.session.uid, [v.domain]);
    return { procId: result.procId ?? null, warnings: result.warnings };
  },
});

/**
 * Restore a domain from redemption (domain-redeem) at the price list's restore price, or domain-check's for a
 * premium name (then sent as max-price). Joker refuses it for a domain that is not in redemption.
 */
export const restoreDomainAction = createAction({
  name: 'restoreDomainAction',
  area: 'domains',
  operation: 'order',
  schema: restoreFormSchema,
  fields: { 'max-price': 'confirmedTotal', domain: 'domain' },
  handler: async (v, ctx) => {
    const client = await ctx.client();
    const quote = await quoteDomain(ctx.session.uid, client, v.domain, 'restore', 1);
    if (!quote) throw new ExpectedFailure('No restore price is known for this domain.', { code: 'failed', next: 'Ask Joker.com for the price.' });
    requireConfirmedPrice(quote.total, v.confirmedTotal, quote.currency, 'confirmedTotal');
    await requireFunds(client, quote.total, 'confirmedTotal');
    const result = await domainRedeem(client, { domain: v.domain, ...(quote.premium ? { maxPrice: quote.total } : {}) });
    invalidatePortfolio(ctx.session.uid, [v.domain]);
    return { procId: result.procId };
  },
});
