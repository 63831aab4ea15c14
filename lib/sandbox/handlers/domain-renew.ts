/**
 * domain-renew: `period` (months) or `expyear`, never both. `expyear` renews up to that year and does nothing once
 * the expiration year has reached it (the docs' safety against double renewals); any domain renews at most once per
 * 6 hours. Renewals are not refundable. privacy=basic|pro|none|keep (default keep: renew an active subscription too).
 * Allowed to the owner and to @billing grantees; costs money (@full keys only).
 */
import { addMonths, HOUR } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { checkMaxPrice, periodYears } from '../money/pricing';
import { requireFunds } from '../money/ledger';
import { linesBody } from '../wire/reply';
import { parsePrivacy } from './domain-register';

export const RENEW_INTERVAL_MS = 6 * HOUR;

registerHandler('domain-renew', 'cost', (ctx) => {
  const p = ctx.params;
  const d = ctx.domainFor(ctx.require('domain'), ['@billing']);
  const hasPeriod = p.text('period') !== undefined;
  const hasExpyear = p.text('expyear') !== undefined;
  if (hasPeriod && hasExpyear) throw new DmapiError('policy', ['period: only one of period or expyear may be used', 'expyear: only one of period or expyear may be used']);
  if (!hasPeriod && !hasExpyear) throw new DmapiError('missing', 'period: missing required parameter (or expyear)');
  const currentYear = new Date(d.expiresAt).getUTCFullYear();
  let years: number;
  if (hasExpyear) {
    const expyear = Number(ctx.requireMatching('expyear', /^\d{4}$/, 'a 4-digit year'));
    if (currentYear >= expyear) {
      // "it will not be renewed if its expiration year is greater or equals to specified": success, nothing done.
      return ctx.ok({ headers: [['Warning', `expyear: ${d.name} already expires in ${currentYear}; not renewed`]] });
    }
    years = expyear - currentYear;
  } else {
    years = periodYears(ctx.require('period'));
  }
  const entry = ctx.state.prices[d.tld];
  if (!entry?.renew[years]) throw new DmapiError('range', `${hasExpyear ? 'expyear' : 'period'}: renewing .${d.tld} by ${years} years is not offered`);
  if (d.lastRenewAt !== null && ctx.now - d.lastRenewAt < RENEW_INTERVAL_MS) {
    throw new DmapiError('statusProhibits', `domain: ${d.name} was renewed less than 6 hours ago; renew with a longer period instead`);
  }
  const privacyMode = parsePrivacy(p.text('privacy'), ['basic', 'pro', 'none', 'keep']) ?? 'keep';
  if ((privacyMode === 'basic' || privacyMode === 'pro') && !entry.privacyBasic) throw new DmapiError('policy', `privacy: not available for .${d.tld}`);
  const privacyLevel = privacyMode === 'keep' ? (d.privacy !== 'none' && d.privacyActive ? d.privacy : 'none') : privacyMode;
  const q = ctx.quote(d.name, 'renew', years);
  checkMaxPrice(q, p.text('max-price'));
  const privacyCents = privacyLevel === 'basic' ? entry.privacyBasic * years : privacyLevel === 'pro' ? entry.privacyPro * years : 0;
  requireFunds(ctx.account, q.cents + privacyCents);

  const newExpiry = addMonths(d.expiresAt, years * 12);
  const result = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, `expiration-date: ${new Date(newExpiry).toISOString().slice(0, 10)}`] });
  ctx.charge({ type: 'renew', object: d.name, tld: d.tld, periodMonths: years * 12, cents: q.cents, procId: result.procId });
  if (privacyCents) ctx.charge({ type: privacyLevel === 'basic' ? 'privacy_pp1' : 'privacy_pp2', object: d.name, tld: d.tld, periodMonths: years * 12, cents: privacyCents, procId: result.procId });
  d.expiresAt = newExpiry;
  d.lastRenewAt = ctx.now;
  if (privacyLevel === 'none' && privacyMode === 'none') {
    d.privacyActive = false;
  } else if (privacyLevel !== 'none') {
    d.privacy = privacyLevel as 'basic' | 'pro';
    d.privacyActive = true;
    d.privacyExpiresAt = newExpiry;
    d.privacyOrigin = 'renew';
  }
  return ctx.ok({ headers: [['Proc-ID', String(result.procId)]], body: linesBody([]) });
});
