import { describe, expect, it } from 'vitest';
import { decodeSignInFlash, encodeSignInFlash } from './sign-in-flash';

describe('sign-in flash', () => {
  it('carries the reason, the method and the username back to /login', () => {
    const state = { method: 'password' as const, username: 'reseller@sandbox.test', error: 'Joker.com did not accept this username and password (it said: "<b>no</b>").' };
    expect(decodeSignInFlash(encodeSignInFlash(state))).toEqual(state);
  });

  it('never carries a field it was not made for (a key or a password passed along by mistake)', () => {
    const leaky = { method: 'api-key' as const, username: '', error: 'refused', apiKey: 'secret-key', password: 'secret' };
    const value = encodeSignInFlash(leaky);
    expect(Buffer.from(value, 'base64url').toString('utf8')).not.toMatch(/secret/);
  });

  it('reads a forged or damaged cookie as nothing', () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(decodeSignInFlash(undefined)).toBeUndefined();
    expect(decodeSignInFlash('%%%not-base64')).toBeUndefined();
    expect(decodeSignInFlash(forge({ method: 'sudo', username: 'x' }))).toBeUndefined();
    expect(decodeSignInFlash(forge({ method: 'api-key', username: 'x'.repeat(255) }))).toBeUndefined();
    expect(decodeSignInFlash('a'.repeat(9000))).toBeUndefined();
  });
});
