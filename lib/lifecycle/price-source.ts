import 'server-only';
import { type DmapiClient, type DomainCheckResult, domainCheck } from '@/lib/dmapi';
import { accountCached } from '@/lib/portfolio/account-cache';
import { loadPriceBook } from '@/lib/prices/load';
import type { PriceBook, PriceOperation } from '@/lib/prices/book';
import { tldOf } from '@/lib/net/suffix';
import { offerPrice, roundCents, type TldOffer, tldOffer } from './offer';

/**
 * Prices for the domain lifecycle: the price book (one per account, read at most every 15 minutes, shared by every
 * user of the account) for standard names, domain-check for premium ones. Every price the register, transfer, renew,
 * restore and privacy forms show, and every price their actions check before sending, comes from here.
 */

export const PRICE_BOOK_MAX_AGE_MS = 15 * 60_000;

export function priceBookFor(accountUid: string, client: DmapiClient): Promise<PriceBook> {
  return accountCached(accountUid, 'price-book', PRICE_BOOK_MAX_AGE_MS, () => loadPriceBook(client));
}

export async function offerFor(accountUid: string, client: DmapiClient, tld: string): Promise<TldOffer> {
  return tldOffer(await priceBookFor(accountUid, client), tld, Date.now());
}

export interface DomainQuote {
  /** What the operation costs for `years` (premium: domain-check's price). */
  total: number;
  standard: number;
  currency: string;
  years: number;
  /** Non-standard class (premium): the request must carry max-price. */
  premium: boolean;
  priceClass: string;
  promo?: { from?: number; to?: number };
}

type CheckOperation = 'create' | 'renew' | 'transfer' | 'restore';

/**
 * The price of `operation` on `domain` for `years`. One domain-check tells the price class (DMAPI documentation,
 * domain-check: "If domain-status returned premium or domain-class anything but standard, max-price must be
 * present"); a premium price is domain-check's, valid for exactly that period; a standard one the price book's.
 * Undefined when the price list does not offer it.
 */
export async function quoteDomain(
  accountUid: string,
  client: DmapiClient,
  domain: string,
  operation: CheckOperation,
  years: number,
  checked?: DomainCheckResult,
): Promise<DomainQuote | undefined> {
  const check = checked ?? (await domainCheck(client, { domain, checkPrice: operation, period: operation === 'restore' ? undefined : years }));
  const offer = await offerFor(accountUid, client, tldOf(domain));
  const priceClass = check.priceClass ?? 'standard';
  if (check.needsMaxPrice) {
    const price = check.prices.find((p) => p.type === operation);
    if (!price) return undefined;
    return { total: price.amount, standard: price.amount, currency: price.currency || offer.currency, years, premium: true, priceClass };
  }
  const listed = offerPrice(offer, operation as PriceOperation, operation === 'restore' ? 1 : years);
  if (!listed) return undefined;
  const out: DomainQuote = { total: listed.total, standard: listed.standard, currency: offer.currency, years, premium: false, priceClass };
  if (listed.promo) out.promo = listed.promo;
  return out;
}

/** Whois privacy for `years` at `level`, from the price list; undefined where the TLD offers none. */
export function privacyPrice(offer: TldOffer, level: 'basic' | 'pro', years: number): number | undefined {
  const p = offerPrice(offer, level === 'basic' ? 'privacy-basic' : 'privacy-pro', years);
  return p ? roundCents(p.total) : undefined;
}
