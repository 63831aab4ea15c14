import 'server-only';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Pure key handling, parameterised by the panel secret so it can be tested without the environment. Every key is
 * derived from PANEL_SECRET with HKDF-SHA256 under its own purpose label, so one purpose's key never doubles as
 * another's (the credential key is not the cookie key is not the fingerprint key).
 */
const SALT = 'joker-reseller-panel/v1';

export type KeyPurpose = 'credential-encryption' | 'fingerprint' | 'nextauth-jwt';

export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, purpose, 32));
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit IV. `context` is bound as associated data, so a ciphertext copied into another
 * column (an Auth-Sid into the credential column, say) fails to decrypt.
 */
export function encryptWith(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptWith(key: Buffer, blob: string, context: string): string {
  const [version, iv, tag, body] = blob.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Unreadable encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** Keyed hash of a credential identity: stable across sign-ins, useless for guessing keys without PANEL_SECRET. */
export function fingerprintWith(key: Buffer, kind: 'api-key' | 'password', identity: string): string {
  const normalised = kind === 'password' ? identity.trim().toLowerCase() : identity.trim();
  return createHmac('sha256', key).update(`${kind}:${normalised}`).digest('hex');
}

/** A new random panel session id for the cookie (256 bits). */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** The database key of a session: its id hashed, so a database copy cannot be replayed as cookies. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}
