import 'server-only';
import type { PanelSession } from '@/lib/auth';
import { type DmapiClient, domainCheck, queryAccountBalance } from '@/lib/dmapi';
import type { ParamsOf } from '@/lib/jobs/kinds';
import { usableHandles } from './handles';
import { JOKER_NAMESERVERS, parseNameservers } from './nameservers';
import { MAX_BULK_NAMES, parseNameList } from './names';
import { offerFor, privacyPrice, quoteDomain } from './price-source';
import { type OrderItem, type OrderSummary, summarize } from './order-summary';
import { roundCents } from './offer';
import type { z } from 'zod';
import type { bulkRegisterSchema } from '@/lib/schemas/register';

type BulkRegister = z.output<typeof bulkRegisterSchema>;

export interface RegisterPlan {
  summary: OrderSummary;
  items: OrderItem[];
  action: ParamsOf<'register'>;
  maxPrices: Record<string, number>;
}

/** Runs `work` over `items`, four at a time (the DMAPI is one server; the sandbox and Joker both queue reads). */
export async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>, limit = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The summary of a bulk registration: each name is checked as the single form checks it (the account may use the
 * TLD, the handles are valid for it, domain-check says available, a price for the period, privacy offered) and
 * priced (domain-check's price for premium names, then sent as max-price). Nothing is sent.
 */
export async function planBulkRegister(session: PanelSession, client: DmapiClient, v: BulkRegister): Promise<RegisterPlan> {
  const list = parseNameList(v.names, session.tlds.length > 0 ? session.tlds : undefined);
  const problems = list.problems.map((p) => ({ line: p.line, message: `${p.text}: ${p.message}` }));
  if (list.names.length > MAX_BULK_NAMES) problems.push({ line: 0, message: `Only the first ${MAX_BULK_NAMES} names are taken; split the list.` });
  const names = list.names.slice(0, MAX_BULK_NAMES);
  const handles = [v.ownerC, v.adminC, v.techC, v.billingC];
  const tlds = [...new Set(names.map((n) => n.tld))];
  const usable = new Map<string, Set<string>>();
  await Promise.all(tlds.map(async (tld) => usable.set(tld, await usableHandles(client, tld, handles))));
  const items: OrderItem[] = [];
  const maxPrices: Record<string, number> = {};
  const premium: OrderSummary['premium'] = [];
  await eachLimited(names, async (n) => {
    const item: OrderItem = { domain: n.domain };
    items.push(item);
    const bad = handles.filter((h) => !usable.get(n.tld)?.has(h.toUpperCase()));
    if (bad.length > 0) return void (item.skipReason = `Contact ${bad[0]} cannot be used for .${n.tld} domains`);
    const check = await domainCheck(client, { domain: n.domain, checkPrice: 'create', period: v.years });
    if (check.status === 'unavailable') return void (item.skipReason = `Not available${check.reason ? ` (${check.reason})` : ''}`);
    const quote = await quoteDomain(session.uid, client, n.domain, 'create', v.years, check);
    if (!quote) return void (item.skipReason = `${v.years} year${v.years > 1 ? 's are' : ' is'} not offered for .${n.tld}`);
    let privacy = 0;
    if (v.privacy !== 'none') {
      const p = privacyPrice(await offerFor(session.uid, client, n.tld), v.privacy, v.years);
      if (p === undefined) return void (item.skipReason = `Whois privacy is not offered for .${n.tld}`);
      privacy = p;
    }
    item.price = roundCents(quote.total + privacy);
    if (quote.premium) {
      maxPrices[n.domain] = quote.total;
      premium.push({ domain: n.domain, price: quote.total });
    }
  });
  // Keep the list's order (the workers finish out of order).
  const order = new Map(names.map((n, i) => [n.domain, i]));
  items.sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0));
  const balance = await queryAccountBalance(client);
  const action: ParamsOf<'register'> = {
    kind: 'register', period: v.years * 12, ownerC: v.ownerC.toUpperCase(), adminC: v.adminC.toUpperCase(), techC: v.techC.toUpperCase(),
    billingC: v.billingC.toUpperCase(), nsList: v.nsMode === 'joker' ? [...JOKER_NAMESERVERS] : parseNameservers(v.nsText).hosts,
    privacy: v.privacy, autorenew: v.autorenew,
  };
  const byName = new Map(names.map((n) => [n.domain, n.display]));
  const summary = summarize(`Register for ${v.years} year${v.years > 1 ? 's' : ''}`, items, problems, { balance: balance.available, currency: balance.currency }, premium, (d) => byName.get(d) ?? d);
  return { summary, items, action, maxPrices };
}
