import 'server-only';
import { hashSessionId, newSessionId } from '@/lib/auth/crypto';
import { decryptSecret, encryptSecret } from '@/lib/auth/keys';
import { env } from '@/lib/env';

/**
 * The panel's invitation landing links (/invite/<token>). A token is 32 random bytes (base64url, 43 characters),
 * stored hashed for look-up, as session ids are, so a copy of the database cannot be turned into working links by
 * look-up alone; it is also kept encrypted (AES-256-GCM under the panel secret) for the reseller's copy button.
 */
export interface NewToken {
  token: string;
  hash: string;
  encrypted: string;
}

export function newInvitationToken(): NewToken {
  const token = newSessionId();
  return { token, hash: tokenHash(token), encrypted: encryptSecret(token, 'grant-invitation-token') };
}

export function tokenHash(token: string): string {
  return hashSessionId(token);
}

export function decryptToken(encrypted: string): string {
  return decryptSecret(encrypted, 'grant-invitation-token');
}

/** The absolute landing link the reseller passes on (PANEL_URL: the address people open the panel at). */
export function landingUrl(token: string): string {
  return `${env.PANEL_URL}/invite/${token}`;
}

/** Joker's invitation key (grants-list showkey=1): only ever encrypted at rest, never sent to a browser. */
export function encryptJokerKey(key: string): string {
  return encryptSecret(key, 'grant-invitation-key');
}

export function decryptJokerKey(encrypted: string): string {
  return decryptSecret(encrypted, 'grant-invitation-key');
}
