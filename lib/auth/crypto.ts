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
const IV_BYTES = 12;
/** GCM's full tag. Node would accept a shorter one and check only that much (a 4-byte tag is guessed in 2^32 tries). */
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random 96-bit IV. `context` is bound as associated data, so a ciphertext copied into another
 * column (an Auth-Sid into the credential column, say) fails to decrypt.
 */
export function encryptWith(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptWith(key: Buffer, blob: string, context: string): string {
  const [version, ivText, tagText, body] = blob.split('.');
  if (version !== VERSION || !ivText || !tagText || body === undefined) throw new Error('Unreadable encrypted value');
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('Unreadable encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
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
