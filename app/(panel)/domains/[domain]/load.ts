import 'server-only';
import { getDmapiClient } from '@/lib/auth';
import { type DmapiClient, domainCheck, domainProperties, inquireTld, queryAccountBalance, queryWhois } from '@/lib/dmapi';
import { deleteRule, type DeleteRule } from '@/lib/lifecycle/delete-rule';
import { type DnssecEntry, type DnssecForm, dnssecFormOf, parseDnssecValue } from '@/lib/lifecycle/dnssec';
import { type DomainFacts, factsFrom } from '@/lib/lifecycle/domain-facts';
import type { TldOffer } from '@/lib/lifecycle/offer';
import { offerFor, quoteDomain } from '@/lib/lifecycle/price-source';
import { lastRenewal, renewBlockedUntil } from '@/lib/lifecycle/renewals';
import { domainListRow } from '@/lib/portfolio/domain-row';

/** What the domain page's sections show; reads that fail leave their part undefined (the section says so). */
export interface DomainPageData {
  facts: DomainFacts;
  /** The year the domain expires now (this year when unknown). */
  expiresYear: number;
  /** When the page read its data (epoch ms). */
  now: number;
  offer: TldOffer | undefined;
  premiumRenewPerYear: number | undefined;
  balance: { available: number; currency: string } | undefined;
  dnssecForm: DnssecForm | null;
  dnssecEntries: DnssecEntry[];
  renewBlockedUntil: number | undefined;
  deleteRule: DeleteRule;
  /** whois-opt-out / gdpr-opt-in as set now; undefined when they could not be read. */
  flags: { 'whois-opt-out': boolean; 'gdpr-opt-in': boolean } | undefined;
}

const soft = <T>(p: Promise<T>) => p.catch(() => undefined);

/** All reads of the page at once, through the render's read-once client. Undefined when the domain is not ours. */
export async function loadDomainPage(uid: string, domain: string): Promise<DomainPageData | undefined> {
  const client = await getDmapiClient();
  const [row, whois] = await Promise.all([domainListRow(uid, client, domain), queryWhois(client, { domain }).catch(() => null)]);
  if (!row) return undefined;
  const facts = factsFrom(domain, row, whois);
  const now = Date.now();
  const [offer, quote, balance, tld, last, props] = await Promise.all([
    soft(offerFor(uid, client, facts.tld)),
    soft(quoteDomain(uid, client, domain, 'renew', 1)),
    soft(queryAccountBalance(client)),
    soft(inquireTld(client, { tld: facts.tld })),
    soft(lastRenewal(client, domain)),
    soft(domainProperties(client, domain)),
  ]);
  const dnssecForm = dnssecFormOf(tld?.fields['dnssec']);
  return {
    facts,
    expiresYear: new Date(facts.expires ?? now).getUTCFullYear(),
    now,
    offer,
    premiumRenewPerYear: quote?.premium ? quote.total : undefined,
    balance: balance ? { available: balance.available, currency: balance.currency } : undefined,
    dnssecForm,
    dnssecEntries: dnssecForm ? facts.ds.map((v) => parseDnssecValue(v, dnssecForm)) : [],
    renewBlockedUntil: renewBlockedUntil(last, now),
    deleteRule: deleteRule(facts.created, facts.tld, now),
    flags: props ? { 'whois-opt-out': props['whois-opt-out'] === '1', 'gdpr-opt-in': props['gdpr-opt-in'] === '1' } : undefined,
  };
}

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
