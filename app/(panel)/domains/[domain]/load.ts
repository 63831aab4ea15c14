import 'server-only';
import { cache } from 'react';
import { getDmapiClient } from '@/lib/auth';
import { type DmapiClient, domainCheck, domainProperties, inquireTld, queryAccountBalance, queryWhois } from '@/lib/dmapi';
import { type DnssecEntry, type DnssecForm, dnssecFormOf, parseDnssecValue } from '@/lib/lifecycle/dnssec';
import { type DomainFacts, factsFrom } from '@/lib/lifecycle/domain-facts';
import type { TldOffer } from '@/lib/lifecycle/offer';
import { offerFor, quoteDomain } from '@/lib/lifecycle/price-source';
import { lastRenewal, renewBlockedUntil } from '@/lib/lifecycle/renewals';
import { domainListRow } from '@/lib/portfolio/domain-row';

/**
 * The domain page reads in three tiers so that its content never waits for its slowest read:
 * - the core (the domain's list row and its whois, in parallel) is awaited by the page: overview, contacts, name
 *   servers, delete;
 * - each section with reads of its own (settings: domain properties; DNSSEC: the TLD's inquiry; renew and privacy:
 *   prices, balance, the last renewal) streams in behind a skeleton (<Streamed>) and awaits only its reads.
 * Every read goes through the render's read-once client (getDmapiClient), so two sections asking the same request
 * share one DMAPI call; `cache` shares the combined order data between the renew and privacy sections.
 */

const soft = <T>(p: Promise<T>) => p.catch(() => undefined);

/** The domain's facts (list row and whois); undefined when the domain is not in this account's list. */
export const loadDomainCore = cache(async (uid: string, domain: string): Promise<{ facts: DomainFacts; now: number } | undefined> => {
  const client = await getDmapiClient();
  const [row, whois] = await Promise.all([domainListRow(uid, client, domain), queryWhois(client, { domain }).catch(() => null)]);
  if (!row) return undefined;
  return { facts: factsFrom(domain, row, whois), now: Date.now() };
});

/** whois-opt-out / gdpr-opt-in as set now; undefined when they could not be read. */
export async function loadFlags(domain: string): Promise<{ 'whois-opt-out': boolean; 'gdpr-opt-in': boolean } | undefined> {
  const props = await soft(domainProperties(await getDmapiClient(), domain));
  return props ? { 'whois-opt-out': props['whois-opt-out'] === '1', 'gdpr-opt-in': props['gdpr-opt-in'] === '1' } : undefined;
}

/** The TLD's DNSSEC form (from query-domain-inquire-tld) and the domain's DS entries read with it. */
export async function loadDnssec(facts: DomainFacts): Promise<{ form: DnssecForm | null; entries: DnssecEntry[] }> {
  const tld = await soft(inquireTld(await getDmapiClient(), { tld: facts.tld }));
  const form = dnssecFormOf(tld?.fields['dnssec']);
  return { form, entries: form ? facts.ds.map((v) => parseDnssecValue(v, form)) : [] };
}

/** What the renew and privacy sections need: the TLD's offer, a premium renewal price, the balance, the renew block. */
export interface OrderData {
  offer: TldOffer | undefined;
  premiumRenewPerYear: number | undefined;
  balance: { available: number; currency: string } | undefined;
  renewBlockedUntil: number | undefined;
}

export const loadOrderData = cache(async (uid: string, domain: string, tld: string, now: number): Promise<OrderData> => {
  const client = await getDmapiClient();
  const [offer, quote, balance, last] = await Promise.all([
    soft(offerFor(uid, client, tld)),
    soft(quoteDomain(uid, client, domain, 'renew', 1)),
    soft(queryAccountBalance(client)),
    soft(lastRenewal(client, domain)),
  ]);
  return {
    offer,
    premiumRenewPerYear: quote?.premium ? quote.total : undefined,
    balance: balance ? { available: balance.available, currency: balance.currency } : undefined,
    renewBlockedUntil: renewBlockedUntil(last, now),
  };
});

/** A domain no longer listed: in redemption (restorable, with its price) or simply not in this account. */
export async function loadRedemption(uid: string, client: DmapiClient, domain: string) {
  const check = await domainCheck(client, { domain, checkPrice: 'restore' }).catch(() => undefined);
  if (check?.reason !== 'redemption') return undefined;
  const [quote, balance] = await Promise.all([soft(quoteDomain(uid, client, domain, 'restore', 1, check)), soft(queryAccountBalance(client))]);
  return {
    price: quote ? { total: quote.total, currency: quote.currency, premium: quote.premium } : undefined,
    balance: balance ? { available: balance.available, currency: balance.currency } : undefined,
  };
}
