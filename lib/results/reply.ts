/**
 * A stored reply (result-retrieve) read for people: `key: value` lines with Completion-Status and the `Error:`
 * reasons of a nack (DMAPI documentation, result-retrieve; Joker's clients split the body the same way). Secrets are
 * masked here, on the server: the transfer auth-id (`The Authorization ID is: "<id>"`, domain-transfer-get-auth-id)
 * and any line named like a secret. Pure.
 */
import { redactText } from '@/lib/dmapi/redact';
import { MASK, type ReplyField } from './types';

export { MASK };

const AUTH_ID_LINE = /^The Authorization ID is:\s*"([^"]*)"/i;
const SECRET_KEYS = new Set([
  'auth-id', 'authid', 'auth-info', 'authinfo', 'transfer-auth-id', 'password', 'api-key', 'auth-sid', 'key',
  'verification-key', 'invitation-key',
]);
/** Said by the reply about itself; the detail view shows these from result-list instead. */
const ECHOED = new Set(['completion-status', 'error']);

export interface ReadReply {
  completion: 'pending' | 'ack' | 'nack' | null;
  fields: ReplyField[];
  reasons: string[];
  hasAuthId: boolean;
}

function completionOf(value: string): ReadReply['completion'] {
  const v = value.trim().toLowerCase();
  return v === 'ack' || v === 'nack' ? v : v === '?' ? 'pending' : null;
}

export function readReply(body: string): ReadReply {
  const out: ReadReply = { completion: null, fields: [], reasons: [], hasAuthId: false };
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (AUTH_ID_LINE.test(line)) {
      out.hasAuthId = true;
      out.fields.push({ key: 'Auth-ID', value: MASK, secret: true });
      continue;
    }
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : line.trim();
    const name = key.toLowerCase();
    if (name === 'completion-status') out.completion ??= completionOf(value);
    if (name === 'error') out.reasons.push(redactText(value));
    if (ECHOED.has(name)) continue;
    if (SECRET_KEYS.has(name)) out.fields.push({ key, value: MASK, secret: true });
    else out.fields.push({ key, value: redactText(value) });
  }
  return out;
}

/** The auth-id of a domain-transfer-get-auth-id reply, for the one place allowed to reveal it. */
export function authIdOf(body: string): string | undefined {
  for (const line of body.split('\n')) {
    const m = AUTH_ID_LINE.exec(line.trim());
    if (m?.[1]) return m[1];
  }
  return undefined;
}
