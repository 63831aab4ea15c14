/**
 * domain-redeem (Joker's older reference; used by Joker's WHMCS module when a domain has left query-domain-list and
 * renew is no longer possible): restores a domain from redemption (rules/redemption.ts) for its last holder. Priced
 * from the price list's restore (rgp) column — premium names add their renewal price — and charged as a `restore`
 * order. Queued like renew: the domain is back in the portfolio when the result acks (~2 s); if the redemption ran
 * out meanwhile the result nacks and the charge is refunded. A domain whose expiration date has passed comes back
 * renewed by one year (a restore after expiry includes the renewal at the registries).
 */
import { addMonths } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler, registerJob } from '../registry';
import { checkMaxPrice } from '../money/pricing';
import { requireFunds } from '../money/ledger';
import { inRedemption } from '../rules/redemption';

interface RedeemJob {
  name: string;
  tld: string;
  cents: number;
}

registerHandler('domain-redeem', 'cost', (ctx) => {
  const name = ctx.require('domain').trim().toLowerCase().replace(/\.$/, '');
  const r = inRedemption(ctx.state, name, ctx.now);
  if (!r || r.domain.uid !== ctx.account.uid) {
    const live = ctx.state.domains.get(name);
    if (live?.uid === ctx.account.uid) throw new DmapiError('statusProhibits', `domain: ${name} is not in redemption; renew it instead`);
    throw new DmapiError('notExists', `domain: ${name} is not in redemption in your portfolio`);
  }
  if (ctx.state.results.some((x) => x.status === '?' && x.request === 'domain-redeem' && x.object === name)) {
    throw new DmapiError('exists', `domain: a restore of ${name} is already in progress`);
  }
  const q = ctx.quote(name, 'restore', 1);
  checkMaxPrice(q, ctx.params.text('max-price'));
  requireFunds(ctx.account, q.cents);
  const data: RedeemJob = { name, tld: r.domain.tld, cents: q.cents };
  const result = ctx.enqueue({ object: name, job: 'domain-redeem', data });
  ctx.charge({ type: 'restore', object: name, tld: r.domain.tld, periodMonths: 0, cents: q.cents, procId: result.procId });
  return ctx.ok({ headers: [['Proc-ID', String(result.procId)]] });
});

registerJob('domain-redeem', (jctx, result) => {
  const job = result.data as RedeemJob;
  const r = inRedemption(jctx.state, job.name, jctx.now);
  if (!r || jctx.state.domains.has(job.name)) {
    jctx.refund({ type: 'restore', object: job.name, tld: job.tld, periodMonths: 0, cents: job.cents, procId: result.procId });
    return { status: 'nack', errors: [`domain: ${job.name} is no longer in redemption; refunded`] };
  }
  const d = r.domain;
  while (d.expiresAt <= jctx.now) d.expiresAt = addMonths(d.expiresAt, 12);
  delete d.extra.autorenewFailedAt;
  jctx.state.domains.set(d.name, d);
  if (r.zone) jctx.state.zones[d.name] = r.zone;
  delete jctx.state.redemptions[d.name];
  return { status: 'ack', body: [`domain: ${d.name}`, `expiration-date: ${new Date(d.expiresAt).toISOString().slice(0, 10)}`] };
});
