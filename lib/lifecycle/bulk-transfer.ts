import 'server-only';
import type { z } from 'zod';
import type { PanelSession } from '@/lib/auth';
import { encryptSecret } from '@/lib/auth/keys';
import { type DmapiClient, domainCheck, queryAccountBalance } from '@/lib/dmapi';
import type { ParamsOf } from '@/lib/jobs/kinds';
import type { StoredTransferItem } from '@/lib/jobs/senders/orders';
import { getPortfolioCopy } from '@/lib/portfolio/copy';
import type { bulkTransferSchema } from '@/lib/schemas/transfer';
import { eachLimited } from './bulk-register';
import { usableHandles } from './handles';
import { JOKER_NAMESERVERS, parseNameservers } from './nameservers';
import { roundCents } from './offer';
import { type OrderItem, type OrderSummary, summarize } from './order-summary';
import { offerFor, privacyPrice, quoteDomain } from './price-source';
import { MAX_BULK_TRANSFERS, parseTransferCsv, type TransferRow } from './transfer-csv';

type BulkTransfer = z.output<typeof bulkTransferSchema>;

export interface TransferPlan {
  summary: OrderSummary;
  items: OrderItem[];
  action: ParamsOf<'transfer'>;
  maxPrices: Record<string, number>;
  /** Per name to send: its auth-id encrypted for the job's storage, and its contacts. */
  transfers: Record<string, StoredTransferItem>;
}

const ROLES = ['ownerC', 'adminC', 'techC', 'billingC'] as const;

/**
 * The summary of a bulk transfer: each CSV row checked as the single form checks it (a TLD the account may use, an
 * owner handle valid for it, not already in the portfolio, registered somewhere per domain-check, a transfer price)
 * and priced. The auth-ids are encrypted for storage only when `seal` is set (the start); nothing is sent.
 */
export async function planBulkTransfer(session: PanelSession, client: DmapiClient, v: BulkTransfer, seal = false): Promise<TransferPlan> {
  const list = parseTransferCsv(v.authIdCsv, session.tlds.length > 0 ? session.tlds : undefined);
  const problems = [...list.problems];
  if (list.rows.length > MAX_BULK_TRANSFERS) problems.push({ line: 0, message: `Only the first ${MAX_BULK_TRANSFERS} rows are taken; split the list.` });
  const rows = list.rows.slice(0, MAX_BULK_TRANSFERS);
  const defaults = { ownerC: v.ownerC || undefined, adminC: v.adminC || undefined, techC: v.techC || undefined, billingC: v.billingC || undefined };
  const contactsOf = (r: TransferRow) => Object.fromEntries(ROLES.map((role) => [role, r[role] ?? defaults[role]])) as Record<(typeof ROLES)[number], string | undefined>;
  const byTld = new Map<string, Set<string>>();
  for (const r of rows) for (const h of Object.values(contactsOf(r))) if (h) (byTld.get(r.tld) ?? byTld.set(r.tld, new Set()).get(r.tld))?.add(h.toUpperCase());
  const usable = new Map<string, Set<string>>();
  await Promise.all([...byTld].map(async ([tld, handles]) => usable.set(tld, await usableHandles(client, tld, [...handles]))));
  const held = new Set((await getPortfolioCopy(session.uid, client)).payload().domain);
  const items: OrderItem[] = [];
  const maxPrices: Record<string, number> = {};
  const premium: OrderSummary['premium'] = [];
  const transfers: Record<string, StoredTransferItem> = {};
  await eachLimited(rows, async (r) => {
    const item: OrderItem = { domain: r.domain };
    items.push(item);
    const c = contactsOf(r);
    if (!c.ownerC) return void (item.skipReason = 'No owner contact: name one in the row or as the default');
    const bad = Object.values(c).find((h) => h && !usable.get(r.tld)?.has(h.toUpperCase()));
    if (bad) return void (item.skipReason = `Contact ${bad} cannot be used for .${r.tld} domains`);
    if (held.has(r.domain)) return void (item.skipReason = 'Already in your portfolio');
    const check = await domainCheck(client, { domain: r.domain, checkPrice: 'transfer', period: 1 });
    if (check.status !== 'unavailable') return void (item.skipReason = 'Not registered anywhere (domain-check says available): register it instead');
    const quote = await quoteDomain(session.uid, client, r.domain, 'transfer', 1, check);
    if (!quote) return void (item.skipReason = `Transfers of .${r.tld} are not offered`);
    let privacy = 0;
    if (v.privacy !== 'none') {
      const p = privacyPrice(await offerFor(session.uid, client, r.tld), v.privacy, 1);
      if (p === undefined) return void (item.skipReason = `Whois privacy is not offered for .${r.tld}`);
      privacy = p;
    }
    item.price = roundCents(quote.total + privacy);
    if (quote.premium) {
      maxPrices[r.domain] = quote.total;
      premium.push({ domain: r.domain, price: quote.total });
    }
    const stored: StoredTransferItem = { authId: seal && r.authId ? encryptSecret(r.authId, 'transfer-auth-id') : '', ownerC: c.ownerC.toUpperCase() };
    for (const role of ['adminC', 'techC', 'billingC'] as const) if (c[role]) stored[role] = (c[role] as string).toUpperCase();
    transfers[r.domain] = stored;
  });
  const order = new Map(rows.map((r, i) => [r.domain, i]));
  items.sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0));
  const balance = await queryAccountBalance(client);
  const action: ParamsOf<'transfer'> = {
    kind: 'transfer',
    ...(v.nsMode === 'joker' ? { nsList: [...JOKER_NAMESERVERS] } : v.nsMode === 'own' ? { nsList: parseNameservers(v.nsText).hosts } : {}),
    privacy: v.privacy,
    autorenew: v.autorenew,
    lock: v.lock,
  };
  const display = new Map(rows.map((r) => [r.domain, r.display]));
  const summary = summarize('Transfer in', items, problems, { balance: balance.available, currency: balance.currency }, premium, (d) => display.get(d) ?? d);
  return { summary, items, action, maxPrices, transfers };
}
