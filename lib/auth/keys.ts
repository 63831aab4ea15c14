import 'server-only';
import { env } from '@/lib/env';
import { decryptWith, deriveKey, encryptWith, fingerprintWith, type KeyPurpose } from './crypto';
import type { Credential } from './credential';

const cache = new Map<KeyPurpose, Buffer>();

function key(purpose: KeyPurpose): Buffer {
  let value = cache.get(purpose);
  if (!value) {
    value = deriveKey(env.PANEL_SECRET as string, purpose);
    cache.set(purpose, value);
  }
  return value;
}

export type SecretContext =
  | 'session-credential'
  | 'session-auth-sid'
  | 'team-key'
  | 'grant-invitation-token'
  | 'grant-invitation-key'
  | 'service-credential'
  | 'transfer-auth-id';

export function encryptSecret(plaintext: string, context: SecretContext): string {
  return encryptWith(key('credential-encryption'), plaintext, context);
}

export function decryptSecret(blob: string, context: SecretContext): string {
  return decryptWith(key('credential-encryption'), blob, context);
}

export function credentialFingerprint(credential: Credential): string {
  return 'apiKey' in credential
    ? fingerprintWith(key('fingerprint'), 'api-key', credential.apiKey)
    : fingerprintWith(key('fingerprint'), 'password', credential.username);
}

/** The next-auth JWT secret: derived, never PANEL_SECRET itself and never a constant. */
export function nextAuthSecret(): string {
  return key('nextauth-jwt').toString('base64url');
}
