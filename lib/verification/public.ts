import 'server-only';
import { serviceClient, type ServiceClient } from '@/lib/auth/service-credential';
import { getDb } from '@/lib/db';
import { corVerify, DmapiAuthError, DmapiError, DmapiTransportError } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { log } from '@/lib/log';
import { landingKey, publicAnswerSchema } from '@/lib/schemas/verification';
import { recordActivity } from './activity';
import { closedReason, type ClosedReason } from './closed-reason';
import { forgetPendingList, setEntryState } from './entries';
import { answerKey, describeKey } from './keys';
import { takePublicHit } from './public-limit';

/**
 * What the public landing pages do, without a signed-in user: every DMAPI call goes out with the service credential
 * the owner designated (lib/auth/service-credential.ts); the visitor contributes the key and yes or no, nothing else.
 * The key is a request parameter only (redacted from logs by the transport, never stored); log lines here name the
 * request and the kind of failure, never the key, the address or the domains.
 */
export type Blocked =
  | { kind: 'no-key' }
  | { kind: 'bad-key' }
  | { kind: 'limited'; minutes: number }
  | { kind: 'not-configured' }
  | { kind: 'unavailable' };

export type VerifyView =
  | Blocked
  | { kind: 'unknown' }
  | { kind: 'pending' | 'verified' | ClosedReason | 'other'; email: string; domains: string[] };

const OWNER = 'Owner on the landing page';
const publicLog = () => log('public-pages');

function checkKey(raw: unknown): { ok: true; key: string } | { ok: false; view: Blocked } {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, view: { kind: 'no-key' } };
  const parsed = landingKey.safeParse(raw);
  return parsed.success ? { ok: true, key: parsed.data } : { ok: false, view: { kind: 'bad-key' } };
}

/** Failures of the service credential's DMAPI calls: logged for the owner, shown to the visitor as "try later". */
function unavailable(request: string, error: unknown): Blocked {
  if (error instanceof DmapiAuthError) {
    publicLog().warn({ request }, 'the service credential no longer logs in at Joker.com; designate another one in Settings → Public pages');
  } else if (error instanceof DmapiError || error instanceof DmapiTransportError || error instanceof ExpectedFailure) {
    publicLog().warn({ request, reason: error.name, ...(error instanceof DmapiError ? { statusCode: error.statusCode } : {}) }, 'a public page could not reach Joker.com');
  } else {
    throw error;
  }
  return { kind: 'unavailable' };
}

async function service(): Promise<ServiceClient | null> {
  const found = await serviceClient(await getDb());
  if (!found) publicLog().warn('a landing page was opened but no service credential is designated (Settings → Public pages)');
  return found;
}

/** /verify?key=…: what the key stands for (wa-email-details), after the per-address limit. */
export async function loadVerifyView(raw: unknown, ip: string | null): Promise<VerifyView> {
  const checked = checkKey(raw);
  if (!checked.ok) return checked.view;
  const db = await getDb();
  const limit = await takePublicHit(db, 'view', ip);
  if (!limit.ok) return { kind: 'limited', minutes: limit.retryAfterMinutes };
  const svc = await service();
  if (!svc) return { kind: 'not-configured' };
  try {
    const info = await describeKey(svc.client, checked.key);
    if (!info.found) return { kind: 'unknown' };
    const kind = info.status === 'invalid' ? await closedReason(db, svc.uid, info.email) : info.status;
    return { kind, email: info.email, domains: info.domains };
  } catch (error) {
    return unavailable('wa-email-details', error);
  }
}

export type VerifyAnswerResult =
  | { ok: true; answer: 'yes' | 'no'; email: string; domains: string[] }
  | { ok: false; view: Blocked | { kind: 'unknown' | 'verified' | ClosedReason | 'other' } };

/** The owner's yes or no (wa-email-verify), recorded in the address's history with the client address. */
export async function answerVerification(input: unknown, ip: string | null): Promise<VerifyAnswerResult> {
  const parsed = publicAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, view: checkKey((input as { key?: unknown } | null)?.key).ok ? { kind: 'other' } : { kind: 'bad-key' } };
  const { key, answer } = parsed.data;
  const db = await getDb();
  const limit = await takePublicHit(db, 'answer', ip);
  if (!limit.ok) return { ok: false, view: { kind: 'limited', minutes: limit.retryAfterMinutes } };
  const svc = await service();
  if (!svc) return { ok: false, view: { kind: 'not-configured' } };
  try {
    const before = await describeKey(svc.client, key);
    if (!before.found) return { ok: false, view: { kind: 'unknown' } };
    if (before.status === 'invalid') return { ok: false, view: { kind: await closedReason(db, svc.uid, before.email) } };
    if (before.status !== 'pending') return { ok: false, view: { kind: before.status } };
    const outcome = await answerKey(svc.client, key, answer, before);
    const actor = { name: OWNER, fingerprint: null, ip };
    if (!outcome.accepted) {
      await recordActivity(db, actor, { accountUid: svc.uid, email: before.email, domains: before.domains, kind: 'owner-answer', answer, outcome: 'refused', detail: `Joker.com did not accept the answer (${outcome.reason}).` });
      if (outcome.reason === 'invalid') return { ok: false, view: { kind: await closedReason(db, svc.uid, before.email) } };
      return { ok: false, view: { kind: outcome.reason === 'unknown' ? 'unknown' : outcome.reason === 'verified' ? 'verified' : 'other' } };
    }
    await recordActivity(db, actor, {
      accountUid: svc.uid,
      email: outcome.email,
      domains: outcome.domains,
      kind: 'owner-answer',
      answer,
      outcome: 'ok',
      detail: answer === 'yes' ? 'The owner confirmed the address on the landing page.' : 'The owner declined: the address is now invalid.',
    });
    await setEntryState(db, svc.uid, outcome.email, answer === 'yes' ? 'verified' : 'refused');
    forgetPendingList(svc.uid);
    return { ok: true, answer, email: outcome.email, domains: outcome.domains };
  } catch (error) {
    return { ok: false, view: unavailable('wa-email-verify', error) };
  }
}

/** /cor?key=…: only the key's form can be checked before answering (the DMAPI has no look-up for COR keys). */
export function checkCorKey(raw: unknown): { kind: 'ready' } | Blocked {
  const checked = checkKey(raw);
  return checked.ok ? { kind: 'ready' } : checked.view;
}

export type CorAnswerResult = { ok: true; answer: 'yes' | 'no' } | { ok: false; view: Blocked | { kind: 'not-accepted' } };

/** The registrant's confirmation or refusal of a change of registrant (cor-verify). */
export async function answerChangeOfRegistrant(input: unknown, ip: string | null): Promise<CorAnswerResult> {
  const parsed = publicAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, view: { kind: 'bad-key' } };
  const { key, answer } = parsed.data;
  const db = await getDb();
  const limit = await takePublicHit(db, 'answer', ip);
  if (!limit.ok) return { ok: false, view: { kind: 'limited', minutes: limit.retryAfterMinutes } };
  const svc = await service();
  if (!svc) return { ok: false, view: { kind: 'not-configured' } };
  try {
    const result = await corVerify(svc.client, { key, answer });
    await recordActivity(db, { name: OWNER, fingerprint: null, ip }, {
      accountUid: svc.uid,
      email: null,
      kind: 'cor-answer',
      answer,
      outcome: result.accepted ? 'ok' : 'refused',
      detail: result.accepted
        ? answer === 'yes'
          ? 'A registrant confirmed a change of registrant.'
          : 'A registrant refused a change of registrant.'
        : 'Joker.com did not accept a change-of-registrant key (unknown, already answered or past its deadline).',
    });
    return result.accepted ? { ok: true, answer } : { ok: false, view: { kind: 'not-accepted' } };
  } catch (error) {
    return { ok: false, view: unavailable('cor-verify', error) };
  }
}
