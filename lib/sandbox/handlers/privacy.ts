/**
 * domain-privacy-order (004 "Whois Privacy Services"): adds a basic|pro subscription to an existing domain. Its
 * length is `period` (months), or up to `expyear` ("it will not be renewed if its expiration year is greater or
 * equals to the specified one"), or, with neither, "the remaining domain lifetime". Never both period and expyear.
 * The subscription has its own expiration: an active one of the same or a lower level is extended from its end, an
 * upgrade basic → pro starts now. Costs money (@full keys only), charged as privacy_pp1/privacy_pp2, queued.
 */
import { addMonths, DAY } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { periodYears } from '../money/pricing';
import { requireFunds } from '../money/ledger';
import { hasPrivacySubscription } from './properties';

const YEAR_MS = 365 * DAY;

registerHandler('domain-privacy-order', 'cost', (ctx) => {
  const p = ctx.params;
  const d = ctx.domainFor(ctx.require('domain'), ['@billing', '@admin']);
  const level = ctx.requireMatching('privacy', /^(basic|pro)$/i, 'basic or pro').toLowerCase() as 'basic' | 'pro';
  const entry = ctx.state.prices[d.tld];
  if (!entry?.privacyBasic) throw new DmapiError('policy', `privacy: not available for .${d.tld}`);
  const hasPeriod = p.text('period') !== undefined;
  const hasExpyear = p.text('expyear') !== undefined;
  if (hasPeriod && hasExpyear) throw new DmapiError('policy', ['period: only one of period or expyear may be used', 'expyear: only one of period or expyear may be used']);

  const current = hasPrivacySubscription(d, ctx.now) ? d.privacy : 'none';
  const bought = d.extra['privacy-bought'] ?? current;
  // Extending keeps the running subscription's end as the start; an upgrade (or none yet) starts today.
  const start = current !== 'none' && !(level === 'pro' && bought === 'basic') && d.privacyExpiresAt ? d.privacyExpiresAt : ctx.now;
  let until: number;
  if (hasPeriod) {
    until = addMonths(start, periodYears(p.text('period')) * 12);
  } else if (hasExpyear) {
    const expyear = Number(ctx.requireMatching('expyear', /^\d{4}$/, 'a 4-digit year'));
    const startYear = new Date(start).getUTCFullYear();
    if (current === level && startYear >= expyear) {
      return ctx.ok({ headers: [['Warning', `expyear: privacy of ${d.name} already runs until ${startYear}; nothing ordered`]] });
    }
    if (expyear <= new Date(ctx.now).getUTCFullYear()) throw new DmapiError('range', `expyear: ${expyear} has already begun`);
    const s = new Date(start);
    until = Date.UTC(expyear, s.getUTCMonth(), s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes(), s.getUTCSeconds());
  } else {
    if (start >= d.expiresAt) throw new DmapiError('statusProhibits', `privacy: the ${current} subscription of ${d.name} already covers its remaining term`);
    until = d.expiresAt;
  }
  // Billed per started year of the new term.
  const years = Math.max(1, Math.ceil((until - start) / YEAR_MS - 0.01));
  const cents = (level === 'basic' ? entry.privacyBasic : entry.privacyPro) * years;
  requireFunds(ctx.account, cents);

  const expires = new Date(until).toISOString().slice(0, 10);
  const r = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, `privacy: ${level}`, `privacy-expiration: ${expires}`] });
  ctx.charge({ type: level === 'basic' ? 'privacy_pp1' : 'privacy_pp2', object: d.name, tld: d.tld, periodMonths: years * 12, cents, procId: r.procId });
  d.privacy = level;
  d.privacyActive = true;
  d.privacyExpiresAt = until;
  d.privacyOrigin = 'order';
  delete d.extra['privacy-bought'];
  return ctx.ok({ headers: [['Proc-ID', String(r.procId)]] });
});
