import 'server-only';
import type { PanelSession } from '@/lib/auth/session-store';
import type { Db } from '@/lib/db';
import { type DmapiClient, waEmailValidate } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { failureText } from '@/lib/failure/describe';
import { type Actor, recordActivity } from './activity';
import { entriesByEmail, forgetPendingList, setEntryState } from './entries';
import { answerKey, describeKey, KEY_STATUS_WORDS, type KeyStatus } from './keys';

/** The staff workspace's DMAPI work, called by the server actions in app/(panel)/verification/actions.ts. */
const actorOf = (session: PanelSession, ip: string | null): Actor => ({ name: session.actorName, fingerprint: session.actorFingerprint, ip });

export interface ResendOutcome {
  email: string;
  /** sent: Result ACK; refused: Result NACK; failed: no answer to rely on (not repeated automatically). */
  outcome: 'sent' | 'refused' | 'failed';
  meaning: string;
}

const REFUSED = 'Not sent: Joker.com says this address is not waiting for verification (already verified, answered, or past its deadline).';

/**
 * DMAPI `wa-email-validate` for each address, four at a time: the mail goes out again with the original key. Each
 * outcome is recorded in the address's history; a failure of one address does not stop the others.
 */
export async function resendMany(db: Db, client: DmapiClient, session: PanelSession, ip: string | null, emails: string[]): Promise<ResendOutcome[]> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  const known = await entriesByEmail(db, session.uid, unique);
  const out = new Map<string, ResendOutcome>();
  let next = 0;
  const lane = async () => {
    while (next < unique.length) {
      const email = unique[next++] as string;
      let result: ResendOutcome;
      try {
        const ack = await waEmailValidate(client, { email });
        result = ack.accepted
          ? { email, outcome: 'sent', meaning: 'Sent again with the original key.' }
          : { email, outcome: 'refused', meaning: REFUSED };
      } catch (error) {
        result = { email, outcome: 'failed', meaning: failureText(error, { write: true }) };
      }
      out.set(email, result);
      await recordActivity(db, actorOf(session, ip), {
        accountUid: session.uid,
        email,
        domains: known.get(email)?.domains.map((d) => d.domain) ?? [],
        kind: 'resend',
        outcome: result.outcome === 'sent' ? 'ok' : result.outcome === 'refused' ? 'refused' : 'error',
        detail: result.meaning,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, unique.length) }, lane));
  return unique.map((e) => out.get(e) as ResendOutcome);
}

export interface KeyLookup {
  status: KeyStatus;
  statusWords: string;
  email: string;
  domains: string[];
}

const unknownKey = () =>
  new ExpectedFailure('Joker.com does not know this key.', {
    code: 'invalid',
    fieldErrors: { key: ['Unknown key: check it character by character, or resend the e-mail for a fresh copy.'] },
    next: 'Keys come from the newest verification e-mail; a resend mails the same key again.',
  });

/** DMAPI `wa-email-details`: what a key stands for. The look-up is kept in the address's history. */
export async function lookupKey(db: Db, client: DmapiClient, session: PanelSession, ip: string | null, key: string): Promise<KeyLookup> {
  const info = await describeKey(client, key);
  if (!info.found) throw unknownKey();
  await recordActivity(db, actorOf(session, ip), {
    accountUid: session.uid,
    email: info.email,
    domains: info.domains,
    kind: 'lookup',
    outcome: 'ok',
    detail: `Looked the key up: ${KEY_STATUS_WORDS[info.status]}.`,
  });
  return { status: info.status, statusWords: KEY_STATUS_WORDS[info.status], email: info.email, domains: info.domains };
}

export interface RecordedAnswer {
  email: string;
  domains: string[];
  answer: 'yes' | 'no';
}

/**
 * DMAPI `wa-email-verify` for an owner who reads the key out on the phone: the key is checked first (so an answered or
 * unknown key is explained, not just refused), and who recorded it and why goes into the address's history.
 */
export async function recordAnswer(
  db: Db,
  client: DmapiClient,
  session: PanelSession,
  ip: string | null,
  input: { key: string; answer: 'yes' | 'no'; reason: string },
): Promise<RecordedAnswer> {
  const before = await describeKey(client, input.key);
  if (!before.found) throw unknownKey();
  if (before.status !== 'pending') {
    throw new ExpectedFailure(`This verification is already settled: ${KEY_STATUS_WORDS[before.status].toLowerCase()}.`, {
      code: 'failed',
      fieldErrors: { key: [`Already settled for ${before.email}.`] },
    });
  }
  const outcome = await answerKey(client, input.key, input.answer, before);
  const actor = actorOf(session, ip);
  const base = { accountUid: session.uid, email: before.email, domains: before.domains, kind: 'answer' as const, answer: input.answer };
  if (!outcome.accepted) {
    await recordActivity(db, actor, { ...base, outcome: 'refused', detail: `Joker.com refused the answer (${outcome.reason}). Reason given: ${input.reason}` });
    throw new ExpectedFailure('Joker.com did not accept the answer: the key was answered meanwhile or its deadline passed.', { code: 'failed' });
  }
  await recordActivity(db, actor, { ...base, outcome: 'ok', detail: input.reason });
  await setEntryState(db, session.uid, before.email, input.answer === 'yes' ? 'verified' : 'refused');
  forgetPendingList(session.uid);
  return { email: before.email, domains: before.domains, answer: input.answer };
}
