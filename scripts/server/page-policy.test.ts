import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_FLASH_COOKIE, SIGN_IN_FLASH_HEADER } from '../../lib/auth/sign-in-flash-cookie.mjs';
import { applyPagePolicy, contentSecurityPolicy, cookieValue } from './page-policy.mjs';

/** The policy in front of a stand-in for Next that reports the request headers it was handed. */
let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    applyPagePolicy(req, res, (req.url ?? '/').split('?')[0] ?? '/', false);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = await fetch(base + path, { method, headers });
  return { res, seen: (await res.json()) as Record<string, string | undefined> };
}

describe('the page policy set by the panel server', () => {
  it('hands Next and the browser the same policy, with a fresh nonce for every request', async () => {
    const one = await get('/domains');
    const policy = one.res.headers.get('content-security-policy') ?? '';
    expect(one.seen['content-security-policy']).toBe(policy);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "'strict-dynamic'", "form-action 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain('unsafe-eval');
    const two = await get('/domains');
    expect(two.res.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('replaces a policy header a client sends, so the client cannot choose the nonce', async () => {
    const { seen, res } = await get('/', { 'content-security-policy': "script-src 'nonce-chosen'", 'content-security-policy-report-only': "script-src 'nonce-chosen'" });
    expect(seen['content-security-policy']).not.toContain('chosen');
    expect(seen['content-security-policy']).toBe(res.headers.get('content-security-policy'));
    expect(seen['content-security-policy-report-only']).toBeUndefined();
  });

  it('leaves static files alone', async () => {
    const { res, seen } = await get('/_next/static/chunks/app.js');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(seen['content-security-policy']).toBeUndefined();
  });

  it('allows eval in development only', () => {
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('n', false)).not.toContain("'unsafe-eval'");
  });

  it('hands the sign-in message to GET /login once and deletes its cookie', async () => {
    const { res, seen } = await get('/login?reason=x', { cookie: `theme=dark; ${SIGN_IN_FLASH_COOKIE}=abc-_1; other=2` });
    expect(seen[SIGN_IN_FLASH_HEADER]).toBe('abc-_1');
    const deletion = res.headers.getSetCookie().find((c) => c.startsWith(`${SIGN_IN_FLASH_COOKIE}=`)) ?? '';
    expect(deletion).toMatch(/Max-Age=0/);
    expect(deletion).toMatch(/Path=\/login/);
    expect(deletion).toMatch(/HttpOnly/);
  });

  it('drops a sign-in message header a client sends, on every path, and hands none elsewhere', async () => {
    expect((await get('/login', { [SIGN_IN_FLASH_HEADER]: 'forged' })).seen[SIGN_IN_FLASH_HEADER]).toBeUndefined();
    expect((await get('/domains', { [SIGN_IN_FLASH_HEADER]: 'forged' })).seen[SIGN_IN_FLASH_HEADER]).toBeUndefined();
    const elsewhere = await get('/domains', { cookie: `${SIGN_IN_FLASH_COOKIE}=abc` });
    expect(elsewhere.seen[SIGN_IN_FLASH_HEADER]).toBeUndefined();
    expect(elsewhere.res.headers.getSetCookie()).toEqual([]);
    const posted = await get('/login', { cookie: `${SIGN_IN_FLASH_COOKIE}=abc` }, 'POST');
    expect(posted.seen[SIGN_IN_FLASH_HEADER]).toBeUndefined();
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(cookieValue('a=1; b=2=3;c=', 'b')).toBe('2=3');
    expect(cookieValue('a=1; ab=2', 'b')).toBeUndefined();
    expect(cookieValue(undefined, 'b')).toBeUndefined();
    expect(cookieValue('c=', 'c')).toBe('');
  });
});
