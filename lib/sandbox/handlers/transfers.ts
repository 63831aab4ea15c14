/**
 * Incoming transfers (seeds 003/004): domain-transfer-in-reseller and domain-transfer-control.
 * The transfer walks the documented states in their "natural transition order" on the sandbox clock (STEPS below):
 * IN_DB → PAYMENT_PREPARED → PAYMENT_ACQUIRED → PENDING_FOA_SENDING → FOA_BEEN_SENT (the FOA e-mail to the owner and
 * admin, outbox) → FOA_ACK → REGISTRY_REQUEST_SENT → REGISTRY_REQUEST_RECEIVED_NOW_WAITING ("may take up to 5 days")
 * → DOMAIN_WITH_JOKER_PENDING_COMPLETE → PAYMENT_COMMITTED → TRANSFER_PROCESSED_SUCCESSFULLY (the domain is created or
 * moved into the portfolio, the queued result acks). Side paths: FOA_NACK (the owner refused; sandbox convention: a
 * transfer-auth-id starting with `nack` makes the owner refuse), `action=cancel` (at once while nothing was sent to
 * the registry, through REGISTRY_CANCELATION_PENDING while waiting for the losing registrar). Both refund and nack.
 * domain-transfer-control answers 1000 (docs/dmapi-notes.md, "Replies"); list rows are TAB-separated
 * `<domain> <state> <owner-email> <admin-email>`; resend-foa only in FOA_BEEN_SENT. The requests that start a
 * transfer live in transfer-start.ts.
 */
import { addMonths, DAY, HOUR, MINUTE } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler, registerJob, registerTicker } from '../registry';
import { onJokerNs } from '../rules/links';
import { defaultZoneRecords, newDomain } from '../rules/domain-factory';
import { startVerification } from '../rules/verification';
import type { BaseCtx, HandlerCtx } from '../context';
import type { TransferRecord, TransferState } from '../state/types';
import { linesBody, listBody } from '../wire/reply';
import { CANCEL_AT_ONCE, CANCEL_THROUGH_REGISTRY, FINAL_STATES, FOA_RESENDABLE } from '../../lifecycle/transfer-states';

/** Next state and how long the current one lasts. FOA_BEEN_SENT branches on the owner's answer (see advance). */
const STEPS: Partial<Record<TransferState, [TransferState, number]>> = {
  IN_DB: ['PAYMENT_PREPARED', MINUTE],
  PAYMENT_PREPARED: ['PAYMENT_ACQUIRED', MINUTE],
  PAYMENT_ACQUIRED: ['PENDING_FOA_SENDING', MINUTE],
  PENDING_FOA_SENDING: ['FOA_BEEN_SENT', 5 * MINUTE],
  FOA_BEEN_SENT: ['FOA_ACK', HOUR],
  FOA_ACK: ['REGISTRY_REQUEST_SENT', MINUTE],
  REGISTRY_REQUEST_SENT: ['REGISTRY_REQUEST_RECEIVED_NOW_WAITING', MINUTE],
  REGISTRY_REQUEST_RECEIVED_NOW_WAITING: ['DOMAIN_WITH_JOKER_PENDING_COMPLETE', 5 * DAY],
  REGISTRY_CANCELATION_PENDING: ['CANCELLED', 10 * MINUTE],
  DOMAIN_WITH_JOKER_PENDING_COMPLETE: ['PAYMENT_COMMITTED', 10 * MINUTE],
  PAYMENT_COMMITTED: ['TRANSFER_PROCESSED_SUCCESSFULLY', MINUTE],
};
// Which states are final, cancellable (at once, or through the registry) and allow resend-foa: the panel explains
// the same lists to its users (lib/lifecycle/transfer-states.ts).
export const isFinal = (s: TransferState): boolean => FINAL_STATES.includes(s);

function sendFoa(ctx: BaseCtx, t: TransferRecord, at: number): void {
  t.foaKey ??= ctx.randomHex(20);
  t.foaSentAt = at;
  for (const to of new Set([t.ownerEmail, t.adminEmail])) {
    ctx.addOutboxMail({
      to, kind: 'transfer-foa', domain: t.domain, key: t.foaKey,
      subject: `Transfer of ${t.domain} to Joker.com: please confirm`,
      body: `A transfer of ${t.domain} to Joker.com was requested (transfer-id ${t.id}).\nPlease confirm or refuse it within 5 days.\nFOA key: ${t.foaKey}`,
    });
  }
}

/** Ends a transfer's queued result (the request stays `?` in result-list for the whole walk). */
function finishResult(ctx: BaseCtx, t: TransferRecord, status: 'ack' | 'nack', lines: string[]): void {
  const r = t.procId === null ? undefined : ctx.state.results.find((x) => x.procId === t.procId);
  if (!r || r.status !== '?') return;
  Object.assign(r, status === 'ack' ? { status, body: lines, errors: [] } : { status, body: [], errors: lines }, { completeAt: ctx.now });
}

function failTransfer(ctx: BaseCtx, t: TransferRecord, state: TransferState, why: string): void {
  t.state = state;
  t.nextAt = null;
  const account = ctx.state.accounts[t.uid];
  if (account && t.procId !== null && t.chargedCents > 0) {
    ctx.refund({ type: 'transfer', object: t.domain, tld: t.request.tld ?? '', periodMonths: 12, cents: t.chargedCents, procId: t.procId }, account);
  }
  finishResult(ctx, t, 'nack', [`domain: ${why}`]);
}

function complete(ctx: BaseCtx, t: TransferRecord, at: number): void {
  const q = t.request;
  const ns = (q['ns-list'] ?? '').split(':').filter(Boolean);
  const contacts = { ownerC: q['owner-c'] ?? '', adminC: q['admin-c'] ?? q['owner-c'] ?? '', techC: q['tech-c'] ?? q['owner-c'] ?? '', billingC: q['billing-c'] ?? q['owner-c'] ?? '' };
  const existing = ctx.state.domains.get(t.domain);
  const privacy = q.privacy === 'basic' || q.privacy === 'pro' ? q.privacy : 'none';
  const d = existing ?? newDomain({ name: t.domain, tld: q.tld ?? t.domain.split('.').slice(1).join('.'), uid: t.uid, createdAt: at, expiresAt: addMonths(at, 12), ns, authId: ctx.randomHex(12), ...contacts });
  if (existing) {
    // A transfer between Joker accounts: the domain moves, grants of the old holder end, the term runs on + 1 year.
    Object.assign(existing, contacts, { uid: t.uid, ns, expiresAt: addMonths(existing.expiresAt, 12), pendingOwnerChange: null });
    ctx.state.grants = ctx.state.grants.filter((g) => g.domain !== t.domain);
  }
  d.autorenew = q.autorenew !== '0';
  d.locked = q.status === 'lock';
  if (privacy !== 'none') Object.assign(d, { privacy, privacyActive: true, privacyExpiresAt: d.expiresAt, privacyOrigin: 'transfer' });
  ctx.state.domains.set(t.domain, d);
  const zone = ctx.state.zones[t.domain];
  if (zone) zone.uid = t.uid;
  else if (onJokerNs(ns)) ctx.state.zones[t.domain] = { domain: t.domain, uid: t.uid, dnssec: false, dyndns: { enabled: false, user: '', password: '' }, records: defaultZoneRecords(), modifiedAt: at };
  const email = ctx.state.contacts[contacts.ownerC]?.fields.email;
  if (email) startVerification(ctx.state, at, t.uid, email, t.domain, ctx.randomHex(32));
  t.state = 'TRANSFER_PROCESSED_SUCCESSFULLY';
  t.nextAt = null;
  finishResult(ctx, t, 'ack', [`domain: ${t.domain}`, `status: ${t.state}`, `expiration-date: ${new Date(d.expiresAt).toISOString().slice(0, 10)}`]);
}

/** Walks one transfer through every state that is due by `now` (a big clock jump walks several). */
function advance(ctx: BaseCtx, t: TransferRecord): void {
  while (t.nextAt !== null && t.nextAt <= ctx.now && !isFinal(t.state)) {
    const at = t.nextAt;
    const step = STEPS[t.state];
    if (!step) return;
    let next = step[0];
    if (t.state === 'FOA_BEEN_SENT' && t.request['foa-answer'] === 'no') next = 'FOA_NACK';
    if (next === 'FOA_NACK') failTransfer(ctx, t, 'FOA_NACK', `the owner refused the transfer of ${t.domain} (FOA_NACK)`);
    else if (next === 'CANCELLED') failTransfer(ctx, t, 'CANCELLED', `the transfer of ${t.domain} was cancelled`);
    else if (next === 'TRANSFER_PROCESSED_SUCCESSFULLY') complete(ctx, t, at);
    else {
      t.state = next;
      t.nextAt = at + (STEPS[next]?.[1] ?? MINUTE);
      if (next === 'FOA_BEEN_SENT') sendFoa(ctx, t, at);
    }
    ctx.markDirty();
  }
}

registerTicker('transfers', (ctx) => {
  for (const t of Object.values(ctx.state.transfers)) if (t.nextAt !== null && t.nextAt <= ctx.now) advance(ctx, t);
});

/** Fallback: a transfer result still open after 30 days (should not happen; the walk ends far earlier). */
registerJob('transfer-in', (_jctx, result) => ({ status: 'nack', errors: [`domain: the transfer of ${result.object} did not complete`] }));

function ownTransfer(ctx: HandlerCtx): TransferRecord {
  const name = ctx.require('domain').trim().toLowerCase().replace(/\.$/, '');
  const t = ctx.state.transfers[name];
  if (!t || t.uid !== ctx.account.uid) throw new DmapiError('notExists', `domain: no transfer of ${name}`);
  return t;
}

function mayModify(ctx: HandlerCtx): void {
  if (ctx.access === '@readonly') throw new DmapiError('authorization', 'User-Access @readonly: this API key may not modify anything');
  ctx.markDirty();
}

registerHandler('domain-transfer-control', 'read', (ctx) => {
  const action = ctx.requireMatching('action', /^(list|show|resend-foa|cancel)$/i, 'list, show, resend-foa or cancel').toLowerCase();
  if (action === 'list') {
    const rows = Object.values(ctx.state.transfers)
      .filter((t) => t.uid === ctx.account.uid && t.state !== 'TRANSFER_PROCESSED_SUCCESSFULLY' && t.state !== 'CANCELLED')
      .sort((a, b) => a.domain.localeCompare(b.domain))
      .map((t) => [t.domain, t.state, t.ownerEmail || '-', t.adminEmail || '-'].join('\t'));
    return ctx.ok({ status: 'ok1000', headers: [['Columns', 'domain,state,owner-email,admin-email'], ['Separator', 'TAB']], body: listBody(rows) });
  }
  const t = ownTransfer(ctx);
  if (action === 'show') {
    return ctx.ok({ status: 'ok1000', body: linesBody([`domain: ${t.domain}`, `status: ${t.state}`, `owner_email: ${t.ownerEmail}`, `admin_email: ${t.adminEmail}`, `transfer-id: ${t.id}`]) });
  }
  mayModify(ctx);
  if (action === 'resend-foa') {
    if (!FOA_RESENDABLE.includes(t.state)) throw new DmapiError('statusProhibits', `action: resend-foa is only possible in state FOA_BEEN_SENT (${t.domain} is ${t.state})`);
    sendFoa(ctx, t, ctx.now);
    return ctx.ok({ status: 'ok1000' });
  }
  if (CANCEL_AT_ONCE.includes(t.state)) failTransfer(ctx, t, 'CANCELLED', `the transfer of ${t.domain} was cancelled`);
  else if (CANCEL_THROUGH_REGISTRY.includes(t.state)) {
    t.state = 'REGISTRY_CANCELATION_PENDING';
    t.nextAt = ctx.now + (STEPS.REGISTRY_CANCELATION_PENDING?.[1] ?? MINUTE);
  } else throw new DmapiError('statusProhibits', `action: the transfer of ${t.domain} can no longer be cancelled (${t.state})`);
  return ctx.ok({ status: 'ok1000' });
});
