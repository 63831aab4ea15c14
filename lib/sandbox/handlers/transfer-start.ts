/**
 * The requests that start an incoming transfer (transfers.ts walks it through its states):
 * - domain-transfer-in-reseller (seeds 003/004): owner-c required, admin/tech/billing-c default to it.
 * - domain-transfer-in, the deprecated "trivial" transfer (Joker's older reference, its reseller panel and the
 *   m247 client): only `billing-c` besides domain and auth-id; the sandbox uses that handle for all four roles (the
 *   live registry would copy the old registrar's contacts). `owner-email` names where the FOA mail goes. It shows in
 *   result-list as `domain-transfer-in`.
 * transfer-auth-id is not needed for .eu, .uk/.co.uk and .at (AUTH_ID_EXEMPT); it is not checked there either.
 * `autorenew` defaults to the account's user property (user-set-property), which starts at 1 as the seeds document.
 */
import { MINUTE } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { checkMaxPrice } from '../money/pricing';
import { requireFunds } from '../money/ledger';
import { normalizeDomain, unsupportedTld } from '../rules/names';
import { checkContacts, parseNsList } from '../rules/links';
import { inRedemption } from '../rules/redemption';
import { userProperty } from '../rules/user-properties';
import { AUTH_ID_EXEMPT, JOKER_NS } from '../seed/catalog';
import type { HandlerCtx } from '../context';
import type { Reply } from '../wire/reply';
import { Params } from '../wire/params';
import { availability } from './domain-check';
import { isFinal } from './transfers';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function startTransfer(ctx: HandlerCtx, p: Params): Reply {
  const text = (f: string): string => {
    const v = p.text(f);
    if (v === undefined) throw new DmapiError('missing', `${f}: missing required parameter`);
    return v;
  };
  const optional = (f: string, re: RegExp, what: string): string | undefined => {
    const v = p.text(f);
    if (v !== undefined && !re.test(v)) throw new DmapiError('syntax', `${f}: invalid value (expected ${what})`);
    return v;
  };
  const missing = ['domain', 'owner-c'].filter((f) => p.text(f) === undefined);
  const { name, tld } = normalizeDomain(ctx.state, text('domain'));
  if (!ctx.account.tlds.includes(tld)) throw new DmapiError('policy', unsupportedTld('domain', tld));
  if (!AUTH_ID_EXEMPT.has(tld) && p.text('transfer-auth-id') === undefined) missing.push('transfer-auth-id');
  if (missing.length) throw new DmapiError('missing', missing.map((f) => `${f}: missing required parameter`));
  const authId = p.text('transfer-auth-id');
  if (authId !== undefined && !/^\S{4,64}$/.test(authId)) throw new DmapiError('syntax', 'transfer-auth-id: 4 to 64 characters without blanks');
  const status = optional('status', /^(lock|production)$/i, 'lock or production')?.toLowerCase();
  const autorenew = optional('autorenew', /^[01]$/, '0 or 1') ?? userProperty(ctx.account, 'autorenew');
  const privacy = optional('privacy', /^(basic|pro|none)$/i, 'basic, pro or none')?.toLowerCase() ?? 'none';
  const ownerEmail = optional('owner-email', EMAIL, 'an e-mail address');
  const entry = ctx.state.prices[tld];
  if (privacy !== 'none' && !entry?.privacyBasic) throw new DmapiError('policy', `privacy: not available for .${tld}`);
  const pending = ctx.state.transfers[name];
  if (pending && !isFinal(pending.state)) throw new DmapiError('exists', `domain: a transfer of ${name} is already pending (${pending.state})`);
  if (inRedemption(ctx.state, name, ctx.now)) throw new DmapiError('statusProhibits', `domain: ${name} is in redemption and cannot be transferred`);
  const held = ctx.state.domains.get(name);
  if (held?.uid === ctx.account.uid) throw new DmapiError('exists', `domain: ${name} is already in your portfolio`);
  if (held) {
    if (held.locked) throw new DmapiError('statusProhibits', `domain: ${name} is locked by its holder; it must be unlocked first`);
    if (held.transferLockUntil !== null && held.transferLockUntil > ctx.now) throw new DmapiError('statusProhibits', `domain: ${name} changed owner recently and cannot be transferred until ${new Date(held.transferLockUntil).toISOString().slice(0, 10)}`);
    if (!AUTH_ID_EXEMPT.has(tld) && authId !== held.authId) throw new DmapiError('authorization', 'transfer-auth-id: does not match the current AUTH-ID of the domain');
  } else if (availability(ctx.state, name).status !== 'unavailable') {
    throw new DmapiError('notExists', `domain: ${name} is not registered anywhere (domain-check says available); register it instead`);
  }
  const roles: Array<[string, string]> = [['owner-c', text('owner-c')]];
  for (const f of ['admin-c', 'tech-c', 'billing-c']) roles.push([f, p.text(f) ?? text('owner-c')]);
  const contactErrors = checkContacts(ctx.state, ctx.account, tld, roles);
  if (contactErrors.length) throw new DmapiError('notExists', contactErrors);
  const ns = p.text('ns-list') ? parseNsList(ctx.state, p.text('ns-list') ?? '') : [...JOKER_NS.slice(0, 2)];

  const q = ctx.quote(name, 'transfer', 1);
  checkMaxPrice(q, p.text('max-price'));
  const privacyCents = privacy === 'basic' ? (entry?.privacyBasic ?? 0) : privacy === 'pro' ? (entry?.privacyPro ?? 0) : 0;
  requireFunds(ctx.account, q.cents + privacyCents);

  const r = ctx.enqueue({ object: name, job: 'transfer-in', data: null, delaySec: 30 * 86_400 });
  ctx.charge({ type: 'transfer', object: name, tld, periodMonths: 12, cents: q.cents, procId: r.procId });
  if (privacyCents) ctx.charge({ type: privacy === 'basic' ? 'privacy_pp1' : 'privacy_pp2', object: name, tld, periodMonths: 12, cents: privacyCents, procId: r.procId });
  const email = (handle: string | undefined, fallback: string) => (handle && ctx.state.contacts[handle]?.fields.email) || fallback;
  const request: Record<string, string> = { tld, 'ns-list': ns.join(':'), autorenew, privacy, 'foa-answer': authId && /^nack/i.test(authId) ? 'no' : 'yes' };
  for (const [f, v] of roles) request[f] = v.toUpperCase();
  if (status) request.status = status;
  ctx.state.transfers[name] = {
    id: String(1_000_000 + Number(ctx.newId(''))), domain: name, uid: ctx.account.uid, state: 'IN_DB',
    ownerEmail: ownerEmail ?? email(held?.ownerC, `owner@${name}`), adminEmail: email(held?.adminC, `admin@${name}`), startedAt: ctx.now,
    nextAt: ctx.now + MINUTE, request, procId: r.procId, chargedCents: q.cents + privacyCents, foaKey: null, foaSentAt: null,
  };
  const headers: Array<[string, string]> = [['Proc-ID', String(r.procId)]];
  if (p.text('period')) headers.push(['Warning', 'period: not in use, ignored']);
  return ctx.ok({ headers });
}

registerHandler('domain-transfer-in-reseller', 'cost', (ctx) => startTransfer(ctx, ctx.params));

registerHandler('domain-transfer-in', 'cost', (ctx) => {
  const billing = ctx.params.text('billing-c');
  if (billing === undefined) {
    const missing = ['domain', 'billing-c'].filter((f) => ctx.params.text(f) === undefined);
    throw new DmapiError('missing', missing.map((f) => `${f}: missing required parameter`));
  }
  const roles = ['owner-c', 'admin-c', 'tech-c'].filter((f) => ctx.params.text(f) === undefined).map((f): [string, string] => [f, billing]);
  return startTransfer(ctx, new Params([...roles, ...ctx.params.names().map((n): [string, string] => [n, ctx.params.get(n) ?? ''])]));
});
