/**
 * Expiration on the sandbox clock: a domain with autorenew=1 is renewed for a year when it expires (charged as a
 * `renew` order, if the funds suffice); one without stays in the 30-day grace period (still listed, renewable) and is
 * deleted after it, into redemption (rules/redemption.ts). A domain deleted with domain-delete type=endoflife
 * (`extra.deleteAtExpiry`) goes into redemption on its expiration date: no autorenew, no grace period.
 * One pass over the domains per tick (~1 ms per 100,000).
 */
import { addMonths, DAY } from '../clock';
import { registerTicker } from '../registry';
import type { TickCtx } from '../context';
import { enterRedemption } from './redemption';

export const GRACE_MS = 30 * DAY;

export function expireDomains(ctx: TickCtx): number {
  const { state, now } = ctx;
  const changed: string[] = [];
  for (const d of state.domains.values()) {
    if (d.expiresAt > now) continue;
    const account = state.accounts[d.uid];
    if (d.extra.deleteAtExpiry !== undefined) {
      enterRedemption(state, d, now);
      if (account) ctx.addOutboxMail({ to: account.login, subject: `${d.name} was deleted`, kind: 'notice', body: `${d.name} reached its expiration date and was deleted as requested (domain-delete type=endoflife). It can be restored (domain-redeem) for 30 days.`, domain: d.name });
      changed.push(d.name);
    } else if (d.autorenew && account && d.extra.autorenewFailedAt === undefined) {
      const price = state.premium[d.name]?.renew ?? state.prices[d.tld]?.renew[1];
      if (price !== undefined && price <= account.balanceCents) {
        ctx.charge({ type: 'renew', object: d.name, tld: d.tld, periodMonths: 12, cents: price, procId: null }, account);
        d.expiresAt = addMonths(d.expiresAt, 12);
        d.lastRenewAt = now;
        if (d.privacy !== 'none' && d.privacyActive) d.privacyExpiresAt = d.expiresAt;
      } else {
        d.extra.autorenewFailedAt = String(now);
        ctx.addOutboxMail({ to: account.login, subject: `Autorenew of ${d.name} failed`, kind: 'notice', body: `${d.name} expired and could not be renewed automatically: insufficient funds.`, domain: d.name });
      }
      changed.push(d.name);
    } else if (d.expiresAt + GRACE_MS <= now) {
      enterRedemption(state, d, now);
      if (account) ctx.addOutboxMail({ to: account.login, subject: `${d.name} was deleted`, kind: 'notice', body: `${d.name} expired and was not renewed within the grace period. It can be restored (domain-redeem) for 30 days.`, domain: d.name });
      changed.push(d.name);
    }
  }
  if (changed.length) ctx.markDirty(changed);
  return changed.length;
}

registerTicker('domain-expiry', (ctx) => {
  expireDomains(ctx);
});
