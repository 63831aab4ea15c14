/**
 * domain-check: `domain-status: available|premium|unavailable`, optional `domain-status-reason`, `domain-class`,
 * `domain-price-<type>: <amount> <currency> <years>y` and `domain-price-promo: <start> <end>`. Answers 1000 like the
 * newer requests. `period` may be years (1..10) or months (multiples of 12) here, unlike everywhere else.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { formatCents, periodYears, type PriceAction } from '../money/pricing';
import { normalizeDomain } from '../rules/names';
import { linesBody } from '../wire/reply';

/** Names the sandbox treats as taken elsewhere or blocked by the registry. */
const TAKEN = new Set(['example', 'google', 'joker', 'amazon', 'wikipedia', 'facebook', 'microsoft', 'apple']);
const BLOCKED = new Set(['nic', 'whois', 'www', 'registry']);

export function availability(state: Parameters<typeof normalizeDomain>[0], name: string): { status: 'available' | 'premium' | 'unavailable'; reason?: string } {
  const label = name.split('.')[0] ?? '';
  if (state.domains.has(name) || state.transfers[name] || TAKEN.has(label)) return { status: 'unavailable', reason: 'registered' };
  // Still in redemption (until it is purged): nobody but its last holder, through domain-redeem, can have it.
  // Released in transit (domain-delete type=transit): still held at the registry, so not available either.
  const held = state.redemptions[name];
  if (held) return { status: 'unavailable', reason: held.transit ? 'transit' : 'redemption' };
  if (BLOCKED.has(label)) return { status: 'unavailable', reason: 'blocked' };
  if (state.premium[name]) return { status: 'premium' };
  return { status: 'available' };
}

registerHandler('domain-check', 'read', (ctx) => {
  const { name } = normalizeDomain(ctx.state, ctx.require('domain'));
  const actionRaw = ctx.params.text('check-price')?.toLowerCase();
  if (actionRaw && !['create', 'renew', 'transfer', 'restore'].includes(actionRaw)) {
    throw new DmapiError('syntax', 'check-price: must be create, renew, transfer or restore');
  }
  const language = ctx.params.text('language');
  if (language && !/^[a-z]{2,3}$/i.test(language)) throw new DmapiError('syntax', 'language: expected a 2- or 3-letter ISO 639 code');
  const years = periodYears(ctx.params.text('period'), 'period', true);
  const { status, reason } = availability(ctx.state, name);
  const action = (actionRaw ?? (status === 'unavailable' ? 'transfer' : 'create')) as PriceAction;
  const q = ctx.quote(name, action, years);
  const lines = [`domain-status: ${status}`];
  if (reason) lines.push(`domain-status-reason: ${reason}`);
  lines.push(`domain-class: ${q.domainClass}`);
  lines.push(`domain-price-${action}: ${formatCents(q.cents)} ${q.currency} ${q.years}y`);
  if (q.promo) lines.push(`domain-price-promo: ${new Date(q.promo.startsAt).toISOString()} ${new Date(q.promo.endsAt).toISOString()}`);
  return ctx.ok({ status: 'ok1000', body: linesBody(lines) });
});
