/**
 * Whois e-mail verification (ICANN): a domain created, transferred in or given a new owner e-mail starts "pending
 * verification" with a 15-day deadline unless that address is already verified; a passed deadline marks it invalid.
 * The wa-email-* requests (handlers/verification.ts) read and answer these.
 */
import { DAY } from '../clock';
import { addOutboxMail } from '../outbox';
import { registerTicker } from '../registry';
import { nextId } from '../state/store';
import type { SandboxState, Verification } from '../state/types';

export const VERIFICATION_DAYS = 15;

export function startVerification(state: SandboxState, now: number, uid: string, email: string, domain: string, key: string): Verification | null {
  const address = email.trim().toLowerCase();
  const existing = Object.values(state.verifications).filter((v) => v.uid === uid && v.email.toLowerCase() === address);
  if (existing.some((v) => v.status === 'verified')) return null;
  const open = existing.find((v) => v.status === 'pending');
  const d = state.domains.get(domain);
  if (open) {
    if (!open.domains.includes(domain)) open.domains.push(domain);
    if (d) d.verificationId = open.id;
    return open;
  }
  const id = `wv${nextId(state, 'idSeq')}`;
  const v: Verification = { id, key, uid, email: address, domains: [domain], status: 'pending', createdAt: now, deadline: now + VERIFICATION_DAYS * DAY, lastSentAt: now };
  state.verifications[id] = v;
  if (d) d.verificationId = id;
  addOutboxMail(state, now, {
    to: address,
    subject: `Please verify your e-mail address for ${domain}`,
    kind: 'verification',
    body: `Your e-mail address ${address} is the owner address of ${domain}.\nPlease confirm it within ${VERIFICATION_DAYS} days.\nVerification key: ${key}`,
    domain,
    key,
    links: [`/verify?key=${key}`],
  });
  return v;
}

registerTicker('verification-deadlines', (ctx) => {
  for (const v of Object.values(ctx.state.verifications)) {
    if (v.status === 'pending' && v.deadline <= ctx.now) {
      v.status = 'invalid';
      ctx.markDirty([]);
    }
  }
});
