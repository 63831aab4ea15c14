/**
 * Whois e-mail verification requests (seeds 003/004 "wa-email-*"), on top of rules/verification.ts (which starts a
 * verification for new, transferred and re-owned domains and marks passed deadlines invalid):
 * - wa-email-list: TAB rows `email domain deadline` of the portfolio's PENDING verifications (deadline in ISO form).
 * - wa-email-details key=…: TAB rows `status email domain`, one per domain; status `verification` while pending.
 * - wa-email-validate email=…: sends the mail again with the same key; `Result: NACK` when the address is not pending.
 * - wa-email-verify key=… answer=yes|no: yes → verified, no → invalid; `Result: NACK` for a wrong key, an answered
 *   one, or a passed deadline (which marks it invalid: "if there is no answer before verification deadline … invalid").
 * - wa-email-query-status email=…: one word, `verified`, `unverified` (also for an address never seen), `pending` or
 *   `invalid` (Joker's older reference; its reseller panel prints "<email> is <word>").
 * docs/dmapi-notes.md, "Replies": the `Result` header appears on these requests (and cor-verify) only. wa-email-list carries
 * `Columns: email,domain,verification-expires` (Joker's reseller panel reads it by those names).
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { addOutboxMail } from '../outbox';
import type { HandlerCtx } from '../context';
import type { Verification } from '../state/types';
import { linesBody } from '../wire/reply';

const isoSeconds = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Applies a passed deadline before anything is read or answered (the ticker may not have run this second). */
function expire(v: Verification, now: number): void {
  if (v.status === 'pending' && v.deadline <= now) v.status = 'invalid';
}

function byKey(ctx: HandlerCtx, key: string): Verification | undefined {
  return Object.values(ctx.state.verifications).find((v) => v.key === key && v.uid === ctx.account.uid);
}

registerHandler('wa-email-list', 'read', (ctx) => {
  const rows: string[] = [];
  const list = Object.values(ctx.state.verifications).filter((v) => v.uid === ctx.account.uid);
  for (const v of list.sort((a, b) => a.deadline - b.deadline || a.email.localeCompare(b.email))) {
    expire(v, ctx.now);
    if (v.status !== 'pending') continue;
    for (const domain of v.domains) rows.push(`${v.email}\t${domain}\t${isoSeconds(v.deadline)}`);
  }
  return ctx.ok({ headers: [['Separator', 'TAB'], ['Columns', 'email,domain,verification-expires']], body: linesBody(rows) });
});

registerHandler('wa-email-query-status', 'read', (ctx) => {
  const email = ctx.requireMatching('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address').toLowerCase();
  const mine = Object.values(ctx.state.verifications).filter((v) => v.uid === ctx.account.uid && v.email.toLowerCase() === email);
  for (const v of mine) expire(v, ctx.now);
  // The most telling state wins when the address has several verifications: verified, then pending, then invalid.
  const word = mine.some((v) => v.status === 'verified') ? 'verified' : mine.some((v) => v.status === 'pending') ? 'pending' : mine.length ? 'invalid' : 'unverified';
  return ctx.ok({ body: linesBody([word]) });
});

registerHandler('wa-email-details', 'read', (ctx) => {
  const key = ctx.require('key');
  const v = byKey(ctx, key);
  if (!v) throw new DmapiError('notExists', 'key: not a verification key of your portfolio');
  expire(v, ctx.now);
  const status = v.status === 'pending' ? 'verification' : v.status;
  return ctx.ok({ headers: [['Separator', 'TAB']], body: linesBody(v.domains.map((d) => `${status}\t${v.email}\t${d}`)) });
});

registerHandler('wa-email-validate', 'modify', (ctx) => {
  const email = ctx.requireMatching('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address').toLowerCase();
  const v = Object.values(ctx.state.verifications).find((x) => x.uid === ctx.account.uid && x.email.toLowerCase() === email && x.status === 'pending' && x.deadline > ctx.now);
  if (!v) return ctx.ok({ headers: [['Result', 'NACK'], ['Warning', `email: ${email} is not pending verification`]] });
  v.lastSentAt = ctx.now;
  addOutboxMail(ctx.state, ctx.now, {
    to: v.email, kind: 'verification', domain: v.domains[0] ?? null, key: v.key, links: [`/verify?key=${v.key}`],
    subject: `Reminder: please verify your e-mail address for ${v.domains.join(', ')}`,
    body: `Your e-mail address ${v.email} is the owner address of ${v.domains.join(', ')}.\nPlease confirm it before ${isoSeconds(v.deadline)}.\nVerification key: ${v.key}`,
  });
  return ctx.ok({ headers: [['Result', 'ACK']] });
});

registerHandler('wa-email-verify', 'modify', (ctx) => {
  const key = ctx.require('key');
  const answer = ctx.requireMatching('answer', /^(yes|no)$/i, 'yes or no').toLowerCase();
  const v = byKey(ctx, key);
  const nack = (why: string) => ctx.ok({ headers: [['Result', 'NACK'], ['Warning', why]] });
  if (!v) return nack('key: not a verification key of your portfolio');
  expire(v, ctx.now);
  if (v.status === 'invalid' && v.deadline <= ctx.now) return nack('key: the verification deadline has passed');
  if (v.status !== 'pending') return nack(`key: this verification was already answered (${v.status})`);
  v.status = answer === 'yes' ? 'verified' : 'invalid';
  return ctx.ok({ headers: [['Result', 'ACK']] });
});
