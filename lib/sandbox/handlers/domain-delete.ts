/**
 * domain-delete: within 72 hours of registration the create fee of a gTLD is refunded ("gTLDs only"), up to a
 * monthly number of refundable deletions that grows with the portfolio; later the request needs `force` (1, Y or
 * Yes), otherwise it is refused. Hosts under the domain go with it, unless another domain still uses one.
 * A domain deleted after those 72 hours enters redemption (rules/redemption.ts): domain-redeem can restore it.
 */
import { DAY, HOUR } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { GENERIC } from '../rules/links';
import type { HandlerCtx } from '../context';
import { enterRedemption } from '../rules/redemption';

export const REFUND_WINDOW_MS = 72 * HOUR;

/** "The number of refundable deletions of domains per month is limited, and depends on the number of domains". */
function refundsLeft(ctx: HandlerCtx, uid: string): number {
  let portfolio = 0;
  for (const d of ctx.state.domains.values()) if (d.uid === uid) portfolio++;
  const allowed = Math.max(5, Math.floor(portfolio * 0.05));
  const used = ctx.state.orders.filter((o) => o.uid === uid && o.type === 'delete_domain' && o.amountCents < 0 && o.at > ctx.now - 30 * DAY).length;
  return allowed - used;
}

registerHandler('domain-delete', 'modify', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'));
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
  const result = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, 'deleted: yes'] });
  const warnings: Array<[string, string]> = [];
  if (age <= REFUND_WINDOW_MS && GENERIC.has(d.tld) && refundsLeft(ctx, d.uid) <= 0) {
    warnings.push(['Warning', 'monthly limit of refundable deletions reached: deleted without refund']);
  }
  if (age <= REFUND_WINDOW_MS && GENERIC.has(d.tld) && warnings.length === 0) {
    const paid = ctx.state.orders
      .filter((o) => o.uid === d.uid && o.object === d.name && o.at >= d.createdAt - HOUR && (o.type === 'create' || o.type.startsWith('privacy_')))
      .reduce((sum, o) => sum + o.amountCents, 0);
    if (paid > 0) ctx.refund({ type: 'delete_domain', object: d.name, tld: d.tld, periodMonths: 0, cents: paid, procId: result.procId });
  } else {
    ctx.recordFree({ type: 'delete_domain', object: d.name, tld: d.tld, periodMonths: 0, procId: result.procId });
  }
  if (age > REFUND_WINDOW_MS) enterRedemption(ctx.state, d, ctx.now);
  else {
    // Deleted in the add grace period: released at once, as registries do.
    ctx.state.domains.delete(d.name);
    delete ctx.state.zones[d.name];
    ctx.state.grants = ctx.state.grants.filter((g) => g.domain !== d.name);
  }
  for (const h of hostsUnder) delete ctx.state.hosts[h];
  return ctx.ok({ headers: [['Proc-ID', String(result.procId)], ...warnings] });
});
