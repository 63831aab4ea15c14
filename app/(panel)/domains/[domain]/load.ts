import 'server-only';
import { cache } from 'react';
import { getDmapiClient } from '@/lib/auth';
import { type DmapiClient, domainCheck, domainProperties, inquireTld, queryAccountBalance, queryWhois } from '@/lib/dmapi';
import { type DnssecEntry, type DnssecForm, dnssecFormOf, parseDnssecValue } from '@/lib/lifecycle/dnssec';
import { type DomainFacts, factsFrom } from '@/lib/lifecycle/domain-facts';
import type { TldOffer } from '@/lib/lifecycle/offer';
import { offerFor, quoteDomain } from '@/lib/lifecycle/price-source';
import { lastRenewal, renewBlockedUntil } from '@/lib/lifecycle/renewals';
import { readDomainGrants } from '@/lib/grants/entries';
import { tldOf } from '@/lib/net/suffix';
import { accountCached } from '@/lib/portfolio/account-cache';
import { domainListRow, listedInHeldCopy } from '@/lib/portfolio/domain-row';

/**
 * The domain page reads in tiers so that its content never waits for its slowest read:
 * - the domain's list row (from the account's held copy of the list: no DMAPI read when the user came from the list)
 *   is awaited by the page: the heading and the list's facts of the overview go out with the first bytes;
 * - the core (the list row and the whois, read in parallel) is awaited by the overview's whois part and by every
 *   section below it (contacts, name servers, delete, …), which render after the first bytes anyway;
 * - each section with reads of its own (settings: domain properties; DNSSEC: the TLD's inquiry; renew and privacy:
 *   prices, balance, the last renewal; grants) streams in behind a skeleton (<Streamed>) and awaits only its reads,
 *   which the page starts together with the core's (preloadDomainSections).
 * Every read goes through the render's read-once client (getDmapiClient), so two sections asking the same request
 * share one DMAPI call; `cache` shares the combined order data between the renew and privacy sections.
 */

const soft = <T>(p: Promise<T>) => p.catch(() => undefined);

/** "Now" for this render, the same for the core and every section (loadOrderData's cache key holds it). */
const renderNow = cache(() => Date.now());

/** The domain's row in this account's list; undefined when it is not listed. */
export const loadDomainRow = cache(async (uid: string, domain: string) => domainListRow(uid, await getDmapiClient(), domain));

/** The domain's facts (list row and whois); undefined when the domain is not in this account's list. */
export const loadDomainCore = cache(async (uid: string, domain: string): Promise<{ facts: DomainFacts; now: number } | undefined> => {
  const client = await getDmapiClient();
  // The whois is asked first: it is the longer wait, and the row is often no DMAPI read at all.
  const whois = queryWhois(client, { domain }).catch(() => null);
  const row = await loadDomainRow(uid, domain);
  if (!row) return undefined;
  return { facts: factsFrom(domain, row, await whois), now: renderNow() };
});

/**
 * The sections' reads that do not need the whois, started with the core read instead of after it, so that the page's
 * DMAPI calls are one link deep (list row, whois and these in parallel) rather than two. Each section later asks for
 * the same read through the render's read-once client and gets this call (lib/auth/read-once.ts): nothing is read
 * twice. Only for a domain the held copy of the list has (the usual way here is from the list): a domain in
 * redemption, a mistyped name or a list not held (its first read is the row's) would read for sections never shown.
 */
export async function preloadDomainSections(uid: string, domain: string): Promise<void> {
  if ((await listedInHeldCopy(uid, domain)) !== true) return;
  const tld = tldOf(domain);
  const now = renderNow();
  void loadFlags(domain);
  void soft(loadDnssecInquiry(uid, tld));
  void soft(loadOrderData(uid, domain, tld, now));
  void soft(getDmapiClient().then((client) => readDomainGrants(client, domain)));
}

/** whois-opt-out / gdpr-opt-in as set now; undefined when they could not be read. */
export async function loadFlags(domain: string): Promise<{ 'whois-opt-out': boolean; 'gdpr-opt-in': boolean } | undefined> {
  const props = await soft(getDmapiClient().then((client) => domainProperties(client, domain)));
  return props ? { 'whois-opt-out': props['whois-opt-out'] === '1', 'gdpr-opt-in': props['gdpr-opt-in'] === '1' } : undefined;
}

/**
 * How long the panel keeps a TLD's `inquire-tld` answer per account. What a registry takes (its DNSSEC forms) changes
 * with the registry's rules, not from one page view to the next: a domain page reads it once an hour per account and
 * TLD, not on every view. A DNSSEC change checks against a fresh read before it is sent (modify-actions.ts).
 */
export const TLD_INQUIRY_MAX_AGE_MS = 60 * 60_000;

function loadDnssecInquiry(uid: string, tld: string) {
  return getDmapiClient().then((client) => accountCached(uid, `inquire-tld:${tld}`, TLD_INQUIRY_MAX_AGE_MS, () => inquireTld(client, { tld })));
}

/** The TLD's DNSSEC form (from inquire-tld, kept per account and TLD) and the domain's DS entries read with it. */
export async function loadDnssec(uid: string, facts: DomainFacts): Promise<{ form: DnssecForm | null; entries: DnssecEntry[] }> {
  const tld = await soft(loadDnssecInquiry(uid, facts.tld));
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
