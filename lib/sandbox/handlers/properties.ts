/**
 * domain-lock, domain-unlock, domain-set-property, domain-get-property (seeds 003/004 "Domains").
 * - lock/unlock: queued like every domain change (Proc-ID), recorded as a zero-amount `lock`/`unlock` order.
 * - set-property: `domain` is a name or a wildcard pattern ("a domain or a set of domains, selected by wildcard
 *   pattern"); pnames autorenew, whois-opt-out, gdpr-opt-in (0|1) and privacy (off|basic|pro, only for a domain that
 *   holds a privacy subscription); an empty pvalue clears the property back to its default. The 004 sample also sends
 *   `privacy=off` directly as a parameter; that form is accepted too.
 * - get-property: one body line `<pname>: <value>`.
 * Grant roles (lib/sandbox/README.md, "Grant roles"): properties and lock need @admin (or @creator); reading is open
 * to every role.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import type { HandlerCtx } from '../context';
import type { Domain } from '../state/types';
import { compileGlob } from '../../net/glob';
import { linesBody } from '../wire/reply';

export const PROPERTY_NAMES = ['autorenew', 'whois-opt-out', 'privacy', 'gdpr-opt-in'] as const;
type PropertyName = (typeof PROPERTY_NAMES)[number];
const READ_ROLES = ['@admin', '@tech', '@billing'] as const;

function lockChange(ctx: HandlerCtx, lock: boolean): ReturnType<HandlerCtx['ok']> {
  const d = ctx.domainFor(ctx.require('domain'), ['@admin']);
  if (d.locked === lock) throw new DmapiError('statusProhibits', `domain: ${d.name} is already ${lock ? 'locked' : 'unlocked'}`);
  d.locked = lock;
  const r = ctx.enqueue({ object: d.name, body: [`domain: ${d.name}`, `status: ${lock ? 'lock' : 'production'}`] });
  const owner = ctx.state.accounts[d.uid];
  ctx.recordFree({ type: lock ? 'lock' : 'unlock', object: d.name, tld: d.tld, periodMonths: 0, procId: r.procId }, owner);
  return ctx.ok({ headers: [['Proc-ID', String(r.procId)]] });
}

registerHandler('domain-lock', 'modify', (ctx) => lockChange(ctx, true));
registerHandler('domain-unlock', 'modify', (ctx) => lockChange(ctx, false));

/** A privacy subscription that has not run out: the only case in which privacy can be switched (004 seed). */
export function hasPrivacySubscription(d: Domain, now: number): boolean {
  return d.privacy !== 'none' && (d.privacyExpiresAt === null || d.privacyExpiresAt > now);
}

/** The value domain-get-property reports; `privacy` is the active level, `off` when switched off, `none` unbought. */
export function propertyValue(d: Domain, pname: PropertyName, now: number): string {
  switch (pname) {
    case 'autorenew':
      return d.autorenew ? '1' : '0';
    case 'whois-opt-out':
      return d.whoisOptOut ? '1' : '0';
    case 'gdpr-opt-in':
      return d.gdprOptIn ? '1' : '0';
    case 'privacy':
      if (!hasPrivacySubscription(d, now)) return 'none';
      return d.privacyActive ? d.privacy : 'off';
  }
}

function parsePname(raw: string): PropertyName {
  const p = raw.toLowerCase();
  if (!(PROPERTY_NAMES as readonly string[]).includes(p)) throw new DmapiError('policy', `pname: unknown property ${raw} (one of ${PROPERTY_NAMES.join(', ')})`);
  return p as PropertyName;
}

/** Checks a value once (the same for every domain of a pattern); '' means "clear to the default". */
function checkValue(pname: PropertyName, value: string): void {
  const allowed = pname === 'privacy' ? ['off', 'basic', 'pro', ''] : ['0', '1', ''];
  if (!allowed.includes(value)) throw new DmapiError('syntax', `pvalue: ${pname} must be ${allowed.filter(Boolean).join(' or ')} (or empty for the default)`);
}

/** Applies one property to one domain; returns a reason when this domain cannot take it. */
function apply(d: Domain, pname: PropertyName, value: string, now: number): string | null {
  if (pname === 'autorenew') d.autorenew = value === '1';
  else if (pname === 'whois-opt-out') d.whoisOptOut = value === '1';
  else if (pname === 'gdpr-opt-in') d.gdprOptIn = value === '1';
  else {
    if (!hasPrivacySubscription(d, now)) return `${d.name} has no privacy subscription (order one with domain-privacy-order)`;
    // Clearing restores the default: the subscription as bought, active.
    // A pro subscription may run as basic; the level bought is kept in extra so it can be switched back.
    const bought = d.extra['privacy-bought'] ?? d.privacy;
    if (value === 'pro' && bought === 'basic') return `${d.name} has a basic subscription; order pro with domain-privacy-order`;
    if (value === 'off') d.privacyActive = false;
    else {
      if (bought !== d.privacy || value === 'basic') d.extra['privacy-bought'] = bought;
      d.privacy = (value === '' ? bought : value) as 'basic' | 'pro';
      d.privacyActive = true;
    }
  }
  return null;
}

registerHandler('domain-set-property', 'modify', (ctx) => {
  const p = ctx.params;
  const target = ctx.require('domain');
  // 004 sample: domain-set-property?domain=example.com&privacy=off (no pname/pvalue).
  const shorthand = p.get('pname') === undefined ? PROPERTY_NAMES.find((n) => p.has(n)) : undefined;
  const pname = shorthand ?? parsePname(ctx.require('pname'));
  const raw = shorthand ? p.get(shorthand) : p.get('pvalue');
  if (raw === undefined) throw new DmapiError('missing', 'pvalue: missing required parameter (it may be empty)');
  const value = raw.trim().toLowerCase();
  checkValue(pname, value);

  if (!/[*?]/.test(target)) {
    const d = ctx.domainFor(target, ['@admin']);
    const refused = apply(d, pname, value, ctx.now);
    if (refused) throw new DmapiError('statusProhibits', `domain: ${refused}`);
    return ctx.ok({ body: linesBody([`${pname}: ${propertyValue(d, pname, ctx.now)}`]) });
  }
  // Pattern: the caller's own domains only; one pass, so it stays fast over a 100,000-domain portfolio.
  const re = compileGlob(target.trim());
  const warnings: Array<[string, string]> = [];
  let changed = 0;
  for (const d of ctx.state.domains.values()) {
    if (d.uid !== ctx.account.uid || !re.test(d.name)) continue;
    const refused = apply(d, pname, value, ctx.now);
    if (refused) warnings.push(['Warning', `domain: ${refused}`]);
    else changed++;
  }
  if (changed === 0 && warnings.length === 0) throw new DmapiError('notExists', `domain: no domain of yours matches ${target}`);
  if (changed === 0) throw new DmapiError('statusProhibits', warnings.slice(0, 50).map(([, w]) => w));
  return ctx.ok({ headers: warnings.slice(0, 50), body: linesBody([`Domains-Changed: ${changed}`]) });
});

registerHandler('domain-get-property', 'read', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'), [...READ_ROLES]);
  const pname = parsePname(ctx.require('pname'));
  return ctx.ok({ body: linesBody([`${pname}: ${propertyValue(d, pname, ctx.now)}`]) });
});
