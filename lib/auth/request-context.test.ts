import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { sessionIdFromToken } from './request-context';

const SECRET = 'request-context-test-secret-request-context-test-secret';

function counting() {
  const calls: string[] = [];
  const decoder: typeof decode = (params) => {
    calls.push(params.token ?? '');
    return decode(params);
  };
  return { calls, decoder };
}

describe('sessionIdFromToken', () => {
  it('decodes a cookie once and answers from the held decode after; forged cookies are decoded every time and refused', async () => {
    const { calls, decoder } = counting();
    const token = await encode({ token: { sid: 'session-a' }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET, Date.now(), decoder)).toBe('session-a');
    expect(await sessionIdFromToken(token, SECRET, Date.now(), decoder)).toBe('session-a');
    expect(calls).toHaveLength(1);
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(await sessionIdFromToken(forged, SECRET, Date.now(), decoder)).toBeNull();
    expect(await sessionIdFromToken(forged, SECRET, Date.now(), decoder)).toBeNull();
    expect(calls).toHaveLength(3);
    expect(await sessionIdFromToken('not-a-jwe', SECRET)).toBeNull();
    const other = await encode({ token: { sid: 'session-b' }, secret: `${SECRET}-other`, maxAge: 3600 });
    expect(await sessionIdFromToken(other, SECRET)).toBeNull();
    const none = await encode({ token: { name: 'x' }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(none, SECRET)).toBeNull();
    const expired = await encode({ token: { sid: 'session-d' }, secret: SECRET, maxAge: -60 });
    expect(await sessionIdFromToken(expired, SECRET)).toBeNull();
  });

  it('a held decode lasts until the cookie expires; past that the cookie is decoded again', async () => {
    const { calls, decoder } = counting();
    const token = await encode({ token: { sid: 'session-c' }, secret: SECRET, maxAge: 60 });
    const exp = Date.now() + 60_000;
    expect(await sessionIdFromToken(token, SECRET, Date.now(), decoder)).toBe('session-c');
    expect(await sessionIdFromToken(token, SECRET, exp - 5_000, decoder)).toBe('session-c');
    expect(calls).toHaveLength(1);
    // Past exp the held entry is gone: next-auth decodes again (with the real clock, which still accepts it here).
    expect(await sessionIdFromToken(token, SECRET, exp + 5_000, decoder)).toBe('session-c');
    expect(calls).toHaveLength(2);
  });
});
