import 'server-only';
import type { PanelSession } from '@/lib/auth';
import { type DmapiClient, domainCheck } from '@/lib/dmapi';
import { normalizeDomainName } from '@/lib/net/domain';
import { toUnicodeDomain } from '@/lib/net/idn';
import { tldOf } from '@/lib/net/suffix';
import type { NameCheck } from './availability';
import { offerPrice } from './offer';
import { offerFor, quoteDomain } from './price-source';

/**
 * domain-check for a typed name, with the prices the form shows: the operation's price for the period (the price
 * book's, or domain-check's for a premium class), the promotion's dates, and the renewal price that follows. A name
 * that is not registrable, or under a TLD the account may not use, is answered without asking Joker.
 */
export async function checkName(session: PanelSession, client: DmapiClient, input: string, operation: 'create' | 'transfer', years: number): Promise<NameCheck> {
  const domain = normalizeDomainName(input);
  const tld = domain ? tldOf(domain) : '';
  const base: NameCheck = { input, domain, display: domain ? toUnicodeDomain(domain) : input, tld, premium: false, operation, years };
  if (!domain) return { ...base, problem: 'Not a registrable domain name (such as example.com, or an IDN such as bücher.de).' };
  if (session.tlds.length > 0 && !session.tlds.includes(tld)) return { ...base, problem: `Your account cannot order .${tld} domains.` };
  const [check, offer] = await Promise.all([
    domainCheck(client, { domain, checkPrice: operation, period: operation === 'transfer' ? 1 : years }),
    offerFor(session.uid, client, tld),
  ]);
  const out: NameCheck = { ...base, status: check.status, premium: check.needsMaxPrice, offer };
  if (check.reason) out.reason = check.reason;
  if (check.priceClass) out.priceClass = check.priceClass;
  const quote = await quoteDomain(session.uid, client, domain, operation, operation === 'transfer' ? 1 : years, check);
  if (quote) {
    out.price = { total: quote.total, standard: quote.standard, currency: quote.currency };
    const promo = quote.promo ?? (check.promo ? { from: check.promo.start?.getTime(), to: check.promo.end?.getTime() } : undefined);
    if (promo) out.price.promo = Object.fromEntries(Object.entries(promo).filter(([, t]) => t !== undefined));
  }
  if (check.needsMaxPrice) {
    const renew = await domainCheck(client, { domain, checkPrice: 'renew', period: 1 }).catch(() => null);
    const price = renew?.prices.find((p) => p.type === 'renew');
    if (price) out.renewal = { total: price.amount, currency: price.currency || offer.currency };
  } else {
    const renew = offerPrice(offer, 'renew', 1);
    if (renew) out.renewal = { total: renew.total, currency: offer.currency };
  }
  return out;
}
