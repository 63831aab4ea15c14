import { nextId } from './state/store';
import type { OutboxMail, SandboxState } from './state/types';

export type NewOutboxMail = Omit<OutboxMail, 'id' | 'at' | 'links' | 'domain' | 'key'> &
  Partial<Pick<OutboxMail, 'links' | 'domain' | 'key'>>;

/**
 * Records an e-mail the real Joker would have sent (verification key, change-of-registrant keys, grant invitation,
 * transfer FOA). GET /outbox lists them newest first. Handlers call it through ctx.addOutboxMail.
 */
export function addOutboxMail(state: SandboxState, at: number, mail: NewOutboxMail): OutboxMail {
  const full: OutboxMail = {
    id: nextId(state, 'outboxSeq'),
    at,
    to: mail.to,
    subject: mail.subject,
    kind: mail.kind,
    body: mail.body,
    domain: mail.domain ?? null,
    key: mail.key ?? null,
    links: mail.links ?? [],
  };
  state.outbox.push(full);
  // Keep the outbox bounded: a long demo must not grow the snapshot without end.
  if (state.outbox.length > 5000) state.outbox.splice(0, state.outbox.length - 5000);
  return full;
}
