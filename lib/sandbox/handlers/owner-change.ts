/**
 * domain-owner-change and cor-verify (seeds 003/004; ICANN change of registrant, IRTP-C).
 * - domain-owner-change takes the new owner's contact data ("either name or fname and lname", the fields not marked
 *   optional must not be empty; the TLD's own contact rules apply too) and `lock-opt-out` (yes/no). It does not act
 *   at once: Joker mails change-of-registrant confirmation keys to the old and the new owner (outbox) and the queued
 *   result stays `?` until one is answered or the deadline passes (then nack).
 * - cor-verify key=… answer=yes executes the change (a new owner contact; the 60-day transfer lock unless
 *   lock-opt-out=yes; a new owner e-mail starts whois verification), answer=no rejects it. `Result: ACK` when the key
 *   was accepted, `Result: NACK` "if the key sent does not match the transaction" (Result only here and on wa-*).
 */
import { applyContactDefaults, contactValues, validateContact } from '../../contacts';
import { DAY } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler, registerJob } from '../registry';
import { startVerification } from '../rules/verification';
import type { HandlerCtx } from '../context';
import type { Domain, QueuedResult, SandboxState } from '../state/types';

/** How long the old and new owner have to confirm before the request nacks. */
export const COR_DAYS = 14;
/** IRTP-C: after a change of registrant the domain cannot change registrar for 60 days (unless lock-opt-out). */
export const COR_TRANSFER_LOCK_DAYS = 60;
const NON_FIELDS = new Set(['auth-sid', 'domain', 'lock-opt-out', 'cltrid']);

function yesNo(raw: string | undefined, field: string): boolean {
  if (raw === undefined) return false;
  if (/^(yes|y|1)$/i.test(raw)) return true;
  if (/^(no|n|0)$/i.test(raw)) return false;
  throw new DmapiError('syntax', `${field}: must be yes or no`);
}

/** A handle in the old owner contact's prefix, on the same counter contact-create uses (state.ext.contactSeq). */
function newOwnerHandle(state: SandboxState, prefix: string): string {
  let n = typeof state.ext.contactSeq === 'number' ? state.ext.contactSeq : 9_100_000;
  let handle: string;
  do handle = `${prefix}-${++n}`;
  while (state.contacts[handle]);
  state.ext.contactSeq = n;
  return handle;
}

function finish(state: SandboxState, procId: number | null, now: number, outcome: Pick<QueuedResult, 'status' | 'body' | 'errors'>): void {
  const r = procId === null ? undefined : state.results.find((x) => x.procId === procId);
  if (!r || r.status !== '?') return;
  Object.assign(r, outcome, { completeAt: now });
}

registerHandler('domain-owner-change', 'modify', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'), ['@admin']);
  const input: Record<string, string> = {};
  for (const n of ctx.params.names()) if (!NON_FIELDS.has(n)) input[n] = ctx.params.get(n) ?? '';
  // `language` (Joker's reseller panel) is the seeds' `lang`.
  if (input.language !== undefined) {
    input.lang ??= input.language;
    delete input.language;
  }
  const p = ctx.params;
  if (p.text('name') === undefined && (p.text('fname') === undefined || p.text('lname') === undefined)) {
    throw new DmapiError('missing', ['name: missing required parameter (or fname and lname)']);
  }
  const errors = validateContact(input, { tld: d.tld, mode: 'create' });
  if (errors.length) {
    const missing = errors.some((e) => /required/.test(e.message));
    throw new DmapiError(missing ? 'missing' : 'syntax', errors.map((e) => `${e.field}: ${e.message}`));
  }
  const lockOptOut = yesNo(p.text('lock-opt-out'), 'lock-opt-out');
  if (d.pendingOwnerChange && d.pendingOwnerChange.deadline > ctx.now) {
    throw new DmapiError('statusProhibits', `domain: an owner change of ${d.name} is already waiting for confirmation`);
  }
  const owner = applyContactDefaults(d.tld, contactValues(input));
  if (owner.country) owner.country = owner.country.toUpperCase();
  const keys = [ctx.randomHex(24), ctx.randomHex(24)];
  const deadline = ctx.now + COR_DAYS * DAY;
  const r = ctx.enqueue({ object: d.name, job: 'owner-change', data: { domain: d.name }, delaySec: COR_DAYS * 86_400 });
  d.pendingOwnerChange = { owner, keys, requestedAt: ctx.now, deadline, lockOptOut, procId: r.procId };
  ctx.recordFree({ type: 'cor', object: d.name, tld: d.tld, periodMonths: 0, procId: r.procId }, ctx.state.accounts[d.uid]);
  const oldEmail = ctx.state.contacts[d.ownerC]?.fields.email ?? `owner@${d.name}`;
  const recipients: Array<[string, string, string]> = [[oldEmail, 'current', keys[0] as string], [owner.email ?? '', 'new', keys[1] as string]];
  for (const [to, who, key] of recipients) {
    ctx.addOutboxMail({
      to, kind: 'cor', domain: d.name, key, links: [`/cor?key=${key}`],
      subject: `Confirm the change of registrant for ${d.name}`,
      body: `As the ${who} registrant of ${d.name}, please confirm (or refuse) the change of the owner to ${owner.name ?? ''} <${owner.email ?? ''}> within ${COR_DAYS} days.\nConfirmation key: ${key}\n${lockOptOut ? 'The domain will not be locked against transfers afterwards.' : `After the change the domain cannot move to another registrar for ${COR_TRANSFER_LOCK_DAYS} days.`}`,
    });
  }
  return ctx.ok({ headers: [['Proc-ID', String(r.procId)]] });
});

/** The deadline passed without an answer. */
registerJob('owner-change', (jctx, result) => {
  const { domain } = result.data as { domain: string };
  const d = jctx.state.domains.get(domain);
  if (d?.pendingOwnerChange?.procId === result.procId) d.pendingOwnerChange = null;
  return { status: 'nack', errors: [`domain: the change of registrant of ${domain} was not confirmed within ${COR_DAYS} days`] };
});

function executeOwnerChange(ctx: HandlerCtx, d: Domain): string {
  const pending = d.pendingOwnerChange;
  if (!pending) return d.ownerC;
  const old = ctx.state.contacts[d.ownerC];
  const account = ctx.state.accounts[d.uid];
  const tld = old?.tld ?? d.tld;
  const prefix = account?.handlePrefixes[tld] ?? d.ownerC.split('-')[0] ?? 'C';
  const handle = newOwnerHandle(ctx.state, prefix);
  ctx.state.contacts[handle] = { handle, uid: d.uid, tld, fields: { ...pending.owner }, createdAt: ctx.now, modifiedAt: ctx.now };
  d.ownerC = handle;
  d.pendingOwnerChange = null;
  if (!pending.lockOptOut) d.transferLockUntil = ctx.now + COR_TRANSFER_LOCK_DAYS * DAY;
  const email = pending.owner.email;
  if (email && email.toLowerCase() !== old?.fields.email?.toLowerCase()) startVerification(ctx.state, ctx.now, d.uid, email, d.name, ctx.randomHex(32));
  return handle;
}

registerHandler('cor-verify', 'modify', (ctx) => {
  const key = ctx.require('key');
  const answer = ctx.requireMatching('answer', /^(yes|no)$/i, 'yes or no').toLowerCase();
  const nack = (why: string) => ctx.ok({ headers: [['Result', 'NACK'], ['Warning', `key: ${why}`]] });
  let d: Domain | undefined;
  for (const x of ctx.state.domains.values()) {
    if (x.pendingOwnerChange?.keys.includes(key)) {
      d = x;
      break;
    }
  }
  const visible = d && (d.uid === ctx.account.uid || ctx.state.grants.some((g) => g.domain === d.name && g.clientUid === ctx.account.uid && (g.role === '@admin' || g.role === '@creator')));
  if (!d || !visible || !d.pendingOwnerChange) return nack('no change of registrant is waiting for this key');
  const pending = d.pendingOwnerChange;
  if (pending.deadline <= ctx.now) {
    d.pendingOwnerChange = null;
    finish(ctx.state, pending.procId, ctx.now, { status: 'nack', body: [], errors: [`domain: the change of registrant of ${d.name} was not confirmed in time`] });
    return nack('the confirmation deadline has passed');
  }
  if (answer === 'no') {
    d.pendingOwnerChange = null;
    finish(ctx.state, pending.procId, ctx.now, { status: 'nack', body: [], errors: [`domain: the change of registrant of ${d.name} was refused`] });
  } else {
    const handle = executeOwnerChange(ctx, d);
    finish(ctx.state, pending.procId, ctx.now, { status: 'ack', body: [`domain: ${d.name}`, `owner-c: ${handle}`], errors: [] });
  }
  return ctx.ok({ headers: [['Result', 'ACK']] });
});
