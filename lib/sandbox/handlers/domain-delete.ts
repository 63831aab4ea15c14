/**
 * domain-delete: within 72 hours of registration the create fee of a gTLD is refunded ("gTLDs only"), up to a
 * monthly number of refundable deletions that grows with the portfolio; later the request needs `force` (1, Y or
 * Yes), otherwise it is refused. Hosts under the domain go with it, unless another domain still uses one.
 * A domain deleted after those 72 hours enters redemption (rules/redemption.ts): domain-redeem can restore it.
 *
 * `type` (Joker's older reference: "endoflife, immediate, transit"; its reseller panel offers "immediately", "on
 * expiration date", "immediately with Transit/Withdraw procedure"). **choices** (lib/sandbox/README.md):
 * - `immediate` (also when absent): as above.
 * - `endoflife`: the domain stays, listed and usable, until its expiration date, with autorenew off; then it goes
 *   into redemption (rules/expiry.ts). Never refunded. A second request for the same domain is refused.
 * - `transit`: only .de (DENIC's TRANSIT) and .at (nic.at's withdrawal): the domain leaves the account at once, is
 *   never refunded and cannot be restored with domain-redeem; the name stays taken for 30 days (domain-check
 *   `unavailable`, reason `transit`), then it is free.
 * The 72-hour `force` rule applies to every type.
 */
import { DAY, HOUR } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { GENERIC } from '../rules/links';
import type { HandlerCtx } from '../context';
import type { Domain } from '../state/types';
import { enterRedemption } from '../rules/redemption';

export const REFUND_WINDOW_MS = 72 * HOUR;
const TYPES = ['immediate', 'endoflife', 'transit'] as const;
type DeleteType = (typeof TYPES)[number];
/** The registries with a transit (withdrawal) procedure. */
const TRANSIT_TLDS = new Set(['de', 'at']);

/** "The number of refundable deletions of domains per month is limited, and depends on the number of domains". */
function refundsLeft(ctx: HandlerCtx, uid: string): number {
  let portfolio = 0;
  for (const d of ctx.state.domains.values()) if (d.uid === uid) portfolio++;
  const allowed = Math.max(5, Math.floor(portfolio * 0.05));
  const used = ctx.state.orders.filter((o) => o.uid === uid && o.type === 'delete_domain' && o.amountCents < 0 && o.at > ctx.now - 30 * DAY).length;
  return allowed - used;
}

function deleteType(ctx: HandlerCtx, d: Domain): DeleteType {
  const raw = ctx.params.text('type')?.toLowerCase() ?? 'immediate';
  const type = TYPES.find((t) => t === raw);
  if (!type) throw new DmapiError('syntax', `type: must be one of ${TYPES.join(', ')}`);
  if (type === 'transit' && !TRANSIT_TLDS.has(d.tld)) throw new DmapiError('policy', `type: transit is only offered for .de and .at, not .${d.tld}`);
  if (d.extra.deleteAtExpiry !== undefined && type === 'endoflife') {
    throw new DmapiError('statusProhibits', `domain: ${d.name} is already to be deleted at its expiration date`);
  }
  return type;
}

/** A refund for a gTLD deleted in the add grace period (immediate deletion only), or a free delete order. */
function settle(ctx: HandlerCtx, d: Domain, procId: number, refundable: boolean): Array<[string, string]> {
  const warnings: Array<[string, string]> = [];
  if (refundable && refundsLeft(ctx, d.uid) <= 0) {
    warnings.push(['Warning', 'monthly limit of refundable deletions reached: deleted without refund']);
  }
  if (refundable && warnings.length === 0) {
    const paid = ctx.state.orders
      .filter((o) => o.uid === d.uid && o.object === d.name && o.at >= d.createdAt - HOUR && (o.type === 'create' || o.type.startsWith('privacy_')))
      .reduce((sum, o) => sum + o.amountCents, 0);
    if (paid > 0) ctx.refund({ type: 'delete_domain', object: d.name, tld: d.tld, periodMonths: 0, cents: paid, procId });
  } else {
    ctx.recordFree({ type: 'delete_domain', object: d.name, tld: d.tld, periodMonths: 0, procId });
  }
  return warnings;
}

registerHandler('domain-delete', 'modify', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'));
  const type = deleteType(ctx, d);
  const forceRaw = ctx.params.text('force');
  if (forceRaw !== undefined && !/^(1|y|yes|0|n|no)$/i.test(forceRaw)) throw new DmapiError('syntax', 'force: must be 1, Y or Yes');
  const force = forceRaw !== undefined && /^(1|y|yes)$/i.test(forceRaw);
  const age = ctx.now - d.createdAt;
  if (age > REFUND_WINDOW_MS && !force) {
    throw new DmapiError('policy', `force: ${d.name} was registered more than 72 hours ago; set force=1 to delete it (no refund)`);
  }
  const hostsUnder = Object.keys(ctx.state.hosts).filter((h) => h.endsWith(`.${d.name}`));
  const usedBy = [...ctx.state.domains.values()].filter((o) => o.name !== d.name && o.ns.some((n) => hostsUnder.includes(n)));
  if (usedBy.length) {
    throw new DmapiError('association', `domain: hosts of ${d.name} are name servers of ${usedBy.slice(0, 3).map((o) => o.name).join(', ')}${usedBy.length > 3 ? ' …' : ''}`);
  }
  if (type === 'endoflife') {
    const on = new Date(d.expiresAt).toISOString().slice(0, 10);
    const result = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, 'type: endoflife', `deletion-date: ${on}`] });
    d.extra.deleteAtExpiry = String(result.procId);
    d.autorenew = false;
    ctx.recordFree({ type: 'delete_domain', object: d.name, tld: d.tld, periodMonths: 0, procId: result.procId });
    return ctx.ok({ headers: [['Proc-ID', String(result.procId)]] });
  }
  const result = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, `type: ${type}`, 'deleted: yes'] });
  const inGrace = age <= REFUND_WINDOW_MS;
  const warnings = settle(ctx, d, result.procId, type === 'immediate' && inGrace && GENERIC.has(d.tld));
  if (type === 'transit') enterRedemption(ctx.state, d, ctx.now, true);
  else if (!inGrace) enterRedemption(ctx.state, d, ctx.now);
  else {
    // Deleted in the add grace period: released at once, as registries do.
    ctx.state.domains.delete(d.name);
    delete ctx.state.zones[d.name];
    ctx.state.grants = ctx.state.grants.filter((g) => g.domain !== d.name);
  }
  for (const h of hostsUnder) delete ctx.state.hosts[h];
  return ctx.ok({ headers: [['Proc-ID', String(result.procId)], ...warnings] });
});
