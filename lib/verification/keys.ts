import 'server-only';
import { DmapiError, type DmapiClient, waEmailDetails, waEmailVerify } from '@/lib/dmapi';

/**
 * What a whois verification key stands for, and answering it: shared by the staff workspace (the signed-in user's
 * client) and the public /verify page (the service credential's client). The key is only ever a request parameter,
 * which the transport redacts from every log line and the audit capture stores as [REDACTED].
 */
export type KeyStatus = 'pending' | 'verified' | 'invalid' | 'other';

export type KeyInfo = { found: false } | { found: true; status: KeyStatus; email: string; domains: string[] };

/** Refusals that mean "no such key" (2303 object does not exist; a syntax or range refusal of the key itself). */
const UNKNOWN_KEY = new Set([2303, 2005, 2004]);

/**
 * DMAPI `wa-email-details`: status `verification` while the key is pending; the sandbox (and, by the documentation's
 * wording, Joker) names the settled states `verified` and `invalid`.
 */
export async function describeKey(client: DmapiClient, key: string): Promise<KeyInfo> {
  let rows;
  try {
    rows = await waEmailDetails(client, { key });
  } catch (error) {
    if (error instanceof DmapiError && UNKNOWN_KEY.has(error.statusCode)) return { found: false };
    throw error;
  }
  const first = rows[0];
  if (!first || !first.email) return { found: false };
  const word = first.status.toLowerCase();
  const status: KeyStatus = word === 'verification' || word === 'pending' ? 'pending' : word === 'verified' ? 'verified' : word === 'invalid' ? 'invalid' : 'other';
  const domains = [...new Set(rows.map((r) => r.domain).filter((d): d is string => !!d))];
  return { found: true, status, email: first.email.toLowerCase(), domains };
}

export type AnswerOutcome =
  | { accepted: true; email: string; domains: string[] }
  /** NACK: why, as far as a second look at the key tells. */
  | { accepted: false; reason: 'unknown' | 'verified' | 'invalid' | 'refused'; email?: string; domains?: string[] };

/**
 * DMAPI `wa-email-verify` for a key already described as pending. On `Result: NACK` the key is looked at again so
 * the refusal can be worded (answered meanwhile, deadline passed, unknown).
 */
export async function answerKey(client: DmapiClient, key: string, answer: 'yes' | 'no', before: KeyInfo & { found: true }): Promise<AnswerOutcome> {
  const result = await waEmailVerify(client, { key, answer });
  if (result.accepted) return { accepted: true, email: before.email, domains: before.domains };
  const after = await describeKey(client, key).catch(() => before);
  if (!after.found) return { accepted: false, reason: 'unknown' };
  const reason = after.status === 'verified' ? 'verified' : after.status === 'invalid' ? 'invalid' : 'refused';
  return { accepted: false, reason, email: after.email, domains: after.domains };
}

/** Staff-facing words for a key's state. */
export const KEY_STATUS_WORDS: Record<KeyStatus, string> = {
  pending: 'Waiting for the owner’s answer',
  verified: 'Verified: the owner confirmed the address',
  invalid: 'Invalid: the owner answered no, or the deadline passed',
  other: 'In a state the panel does not know',
};
