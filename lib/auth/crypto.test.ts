import { describe, expect, it } from 'vitest';
import { decryptWith, deriveKey, encryptWith, fingerprintWith, hashSessionId, newSessionId } from './crypto';

const secret = 'a'.repeat(48);

describe('credential encryption', () => {
  it('round-trips and never contains the plaintext', () => {
    const key = deriveKey(secret, 'credential-encryption');
    const blob = encryptWith(key, 'sandbox-full-key', 'session-credential');
    expect(blob).not.toContain('sandbox-full-key');
    expect(blob).toMatch(/^v1\./);
    expect(decryptWith(key, blob, 'session-credential')).toBe('sandbox-full-key');
    // A random IV per encryption: the same plaintext never gives the same ciphertext.
    expect(encryptWith(key, 'sandbox-full-key', 'session-credential')).not.toBe(blob);
  });

  it('refuses another context, another secret and a tampered ciphertext', () => {
    const key = deriveKey(secret, 'credential-encryption');
    const blob = encryptWith(key, 'pw', 'session-credential');
    expect(() => decryptWith(key, blob, 'session-auth-sid')).toThrow();
    expect(() => decryptWith(deriveKey('b'.repeat(48), 'credential-encryption'), blob, 'session-credential')).toThrow();
    const parts = blob.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => decryptWith(key, parts.join('.'), 'session-credential')).toThrow();
  });

  it('refuses a cut tag or IV: the whole 16-byte GCM tag is checked', () => {
    const key = deriveKey(secret, 'credential-encryption');
    const blob = encryptWith(key, 'sandbox-full-key', 'session-credential');
    const [version, iv, tag, body] = blob.split('.') as [string, string, string, string];
    expect(Buffer.from(tag, 'base64url')).toHaveLength(16);
    const shortTag = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => decryptWith(key, [version, iv, shortTag, body].join('.'), 'session-credential')).toThrow('Unreadable encrypted value');
    const shortIv = Buffer.from(iv, 'base64url').subarray(0, 8).toString('base64url');
    expect(() => decryptWith(key, [version, shortIv, tag, body].join('.'), 'session-credential')).toThrow();
  });

  it('derives distinct keys per purpose', () => {
    expect(deriveKey(secret, 'credential-encryption').equals(deriveKey(secret, 'nextauth-jwt'))).toBe(false);
  });
});

describe('fingerprints and session ids', () => {
  it('are stable per credential, differ per kind and secret, and normalise usernames', () => {
    const key = deriveKey(secret, 'fingerprint');
    expect(fingerprintWith(key, 'api-key', 'k1')).toBe(fingerprintWith(key, 'api-key', 'k1'));
    expect(fingerprintWith(key, 'api-key', 'k1')).not.toBe(fingerprintWith(key, 'password', 'k1'));
    expect(fingerprintWith(key, 'password', ' Reseller@Sandbox.test')).toBe(fingerprintWith(key, 'password', 'reseller@sandbox.test'));
    expect(fingerprintWith(deriveKey('c'.repeat(48), 'fingerprint'), 'api-key', 'k1')).not.toBe(fingerprintWith(key, 'api-key', 'k1'));
  });

  it('hashes session ids so the stored key is not the cookie value', () => {
    const id = newSessionId();
    expect(id).toHaveLength(43);
    expect(hashSessionId(id)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionId(id)).not.toContain(id);
    expect(newSessionId()).not.toBe(id);
  });
});
