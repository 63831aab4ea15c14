/**
 * domain-register: checks every Requires/Accepts field synchronously (errors name the field; admin-c, tech-c and
 * billing-c default to owner-c), charges the account
 * at once (2104 when funds are short; premium prices need max-price), then queues the creation: the domain appears
 * when the result acks (~2 s on the sandbox clock). A registration failing at completion is refunded.
 */
import { addMonths } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler, registerJob } from '../registry';
import { checkMaxPrice, periodYears } from '../money/pricing';
import { requireFunds } from '../money/ledger';
import { normalizeDomain, unsupportedTld } from '../rules/names';
import { checkContacts, onJokerNs, parseNsList } from '../rules/links';
import { defaultZoneRecords, newDomain } from '../rules/domain-factory';
import { startVerification } from '../rules/verification';
import { autorenewDefault } from '../rules/user-properties';
import type { PrivacyLevel } from '../state/types';
import { availability } from './domain-check';

interface RegisterJob {
  name: string;
  tld: string;
  years: number;
  ownerC: string;
  adminC: string;
  techC: string;
  billingC: string;
  ns: string[];
  autorenew: boolean;
  language: string | null;
  registrarTag: string | null;
  privacy: PrivacyLevel;
  premium: boolean;
  chargedCents: number;
  privacyCents: number;
  verificationKey: string;
  authId: string;
}

export function parsePrivacy(raw: string | undefined, allowed: readonly string[]): string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.toLowerCase();
  if (!allowed.includes(v)) throw new DmapiError('syntax', `privacy: must be one of ${allowed.join('|')}`);
  return v;
}

registerHandler('domain-register', 'cost', (ctx) => {
  const p = ctx.params;
  const missing = ['domain', 'period', 'owner-c', 'ns-list'].filter((f) => p.text(f) === undefined);
  if (missing.length) throw new DmapiError('missing', missing.map((f) => `${f}: missing required parameter`));
  const { name, tld } = normalizeDomain(ctx.state, ctx.require('domain'));
  // The login's TLD list is what the account may order (an account can be limited to fewer TLDs than Joker sells).
  if (!ctx.account.tlds.includes(tld)) throw new DmapiError('policy', unsupportedTld('domain', tld));
  const status = p.text('status');
  if (status !== undefined && status.toLowerCase() !== 'production') throw new DmapiError('policy', 'status: only "production" is accepted');
  const years = periodYears(ctx.require('period'));
  const entry = ctx.state.prices[tld];
  if (!entry?.create[years]) throw new DmapiError('range', `period: ${years * 12} months is not offered for .${tld}`);
  const autorenewRaw = p.text('autorenew');
  if (autorenewRaw !== undefined && !['0', '1'].includes(autorenewRaw)) throw new DmapiError('syntax', 'autorenew: must be 0 or 1');
  const language = ctx.optionalMatching('language', /^[a-z]{2,3}$/i, 'a 3-letter language code') ?? null;
  const privacy = (parsePrivacy(p.text('privacy'), ['basic', 'pro', 'none']) ?? 'none') as PrivacyLevel;
  if (privacy !== 'none' && !entry.privacyBasic) throw new DmapiError('policy', `privacy: not available for .${tld}`);

  const account = ctx.account;
  const owner = ctx.require('owner-c');
  // Joker's Clientexec module registers with owner-c alone (lib/sandbox/README.md "Beyond the seeds"): the roles it
  // leaves out default to the owner, as domain-transfer-in-reseller documents for its optional admin/tech/billing-c.
  const role = (f: string): string => p.text(f) ?? owner;
  const contactErrors = checkContacts(ctx.state, account, tld, [
    ['owner-c', owner],
    ['billing-c', role('billing-c')],
    ['admin-c', role('admin-c')],
    ['tech-c', role('tech-c')],
  ]);
  if (contactErrors.length) throw new DmapiError('notExists', contactErrors);
  const ns = parseNsList(ctx.state, ctx.require('ns-list'));

  const avail = availability(ctx.state, name);
  if (avail.status === 'unavailable') throw new DmapiError('exists', `domain: ${name} is not available (${avail.reason})`);
  const pendingSame = ctx.state.results.some((r) => r.status === '?' && r.request === 'domain-register' && r.object === name);
  if (pendingSame) throw new DmapiError('exists', `domain: a registration of ${name} is already in progress`);

  const q = ctx.quote(name, 'create', years);
  checkMaxPrice(q, p.text('max-price'));
  const privacyCents = privacy === 'none' ? 0 : (privacy === 'basic' ? entry.privacyBasic : entry.privacyPro) * years;
  requireFunds(account, q.cents + privacyCents);
  const data: RegisterJob = {
    name, tld, years,
    ownerC: owner.toUpperCase(), adminC: role('admin-c').toUpperCase(),
    techC: role('tech-c').toUpperCase(), billingC: role('billing-c').toUpperCase(),
    ns, autorenew: autorenewDefault(account, autorenewRaw), language, registrarTag: p.text('registrar-tag') ?? null, privacy,
    premium: q.premium, chargedCents: q.cents, privacyCents, verificationKey: ctx.randomHex(32), authId: ctx.randomHex(12),
  };
  const result = ctx.enqueue({ object: name, job: 'domain-register', data });
  ctx.charge({ type: 'create', object: name, tld, periodMonths: years * 12, cents: q.cents, procId: result.procId });
  if (privacyCents) ctx.charge({ type: privacy === 'basic' ? 'privacy_pp1' : 'privacy_pp2', object: name, tld, periodMonths: years * 12, cents: privacyCents, procId: result.procId });
  return ctx.ok({ headers: [['Proc-ID', String(result.procId)]] });
});

registerJob('domain-register', (jctx, result) => {
  const d = result.data as RegisterJob;
  const { state, now } = jctx;
  if (state.domains.has(d.name)) {
    jctx.refund({ type: 'create', object: d.name, tld: d.tld, periodMonths: d.years * 12, cents: d.chargedCents + d.privacyCents, procId: result.procId });
    return { status: 'nack', errors: [`domain: ${d.name} was registered by someone else meanwhile; refunded`] };
  }
  const expiresAt = addMonths(now, d.years * 12);
  const domain = newDomain({
    name: d.name, tld: d.tld, uid: result.uid, createdAt: now, expiresAt,
    ownerC: d.ownerC, adminC: d.adminC, techC: d.techC, billingC: d.billingC, ns: d.ns, authId: d.authId,
    autorenew: d.autorenew, language: d.language, registrarTag: d.registrarTag, premium: d.premium,
    privacy: d.privacy, privacyActive: d.privacy !== 'none', privacyExpiresAt: d.privacy !== 'none' ? expiresAt : null,
    privacyOrigin: d.privacy !== 'none' ? 'registration' : null,
  });
  state.domains.set(d.name, domain);
  if (onJokerNs(d.ns)) {
    state.zones[d.name] = { domain: d.name, uid: result.uid, dnssec: false, dyndns: { enabled: false, user: '', password: '' }, records: defaultZoneRecords(), modifiedAt: now };
  }
  const email = state.contacts[d.ownerC]?.fields.email;
  if (email) startVerification(state, now, result.uid, email, d.name, d.verificationKey);
  return { status: 'ack', body: [`domain: ${d.name}`, `expiration-date: ${new Date(expiresAt).toISOString().slice(0, 10)}`] };
});
