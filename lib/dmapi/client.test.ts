import { afterEach, describe, expect, it } from 'vitest';
import { DmapiClient } from './client';
import { DmapiAuthError, DmapiError, DmapiTransportError } from './errors';
import { login } from './session';
import { AUTH_ERROR, ok, replyText, startTestDmapi, type TestDmapi } from './test-server';
import { createTransport } from './transport';
import { AUTH_SID, loginReply } from './test-fixtures';
import type { DmapiSession } from './session';

let server: TestDmapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sid = (n: number) => n.toString(16).padStart(40, '0');

describe('login', () => {
  it('maps the recorded login reply to a session', async () => {
    server = await startTestDmapi(() => loginReply({ access: '@modify-only' }));
    const s = await login(createTransport({ baseUrl: server.url }), { apiKey: 'sandbox-modify-key' });
    expect(s).toEqual({
      authSid: AUTH_SID,
      uid: '4711',
      userLogin: 'reseller@sandbox.test',
      userAccess: '@modify-only',
      sessionTimeout: 3600,
      account: { currency: 'EUR', balance: 1000.5, pendingAmount: 25, rebate: 12.5 },
      tlds: ['com', 'de', 'eu'],
    });
    expect(server.received[0]?.params).toEqual({ 'api-key': 'sandbox-modify-key' });
  });

  it('sends username and password, asks for prefixes and reads tld<TAB>prefix lines', async () => {
    server = await startTestDmapi(() => loginReply({ prefixes: true }));
    const s = await login(createTransport({ baseUrl: server.url }), { username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, { prefixes: true });
    expect(server.received[0]?.params).toEqual({ username: 'reseller@sandbox.test', password: 'sandbox-reseller', prefixes: '1' });
    expect(s.prefixes).toEqual({ com: 'CCOM', de: 'CODE', eu: 'C' });
    expect(s.tlds).toEqual(['com', 'de', 'eu']);
  });

  it('throws DmapiAuthError when the credential is refused', async () => {
    server = await startTestDmapi(() => AUTH_ERROR);
    await expect(login(createTransport({ baseUrl: server.url }), { apiKey: 'nope' })).rejects.toBeInstanceOf(DmapiAuthError);
  });
});

/** A server with real session semantics: sids issued by login, `expire()` forgets them all. */
async function sessionServer(onRequest?: (request: string) => string | { status: number; body: string } | undefined) {
  let next = 1;
  const valid = new Set<string>();
  const s = await startTestDmapi(async (req) => {
    if (req.request === 'login') {
      await new Promise((r) => setTimeout(r, 20)); // make concurrent logins overlap if they happen
      const fresh = sid(next++);
      valid.add(fresh);
      return loginReply({ authSid: fresh });
    }
    if (!valid.has(req.params['auth-sid'] ?? '')) return AUTH_ERROR;
    if (req.request === 'logout') {
      valid.delete(req.params['auth-sid'] ?? '');
      return ok();
    }
    return onRequest?.(req.request) ?? ok('', [['Proc-ID', String(100 + s.received.length)]]);
  });
  return { server: s, expire: () => valid.clear(), logins: () => s.received.filter((r) => r.request === 'login').length };
}

describe('DmapiClient sessions', () => {
  it('logs in on first use and sends the Auth-Sid as a parameter', async () => {
    const { server: s } = await sessionServer();
    server = s;
    const changes: DmapiSession[] = [];
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' }, onSessionChange: (x) => void changes.push(x) });
    await client.call('query-profile', {}, { idempotent: true });
    expect(s.received.map((r) => r.request)).toEqual(['login', 'query-profile']);
    expect(s.received[1]?.params['auth-sid']).toBe(sid(1));
    expect(changes.map((c) => c.authSid)).toEqual([sid(1)]);
    expect(client.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    // the Auth-Sid stays out of serialised client state (logs, error reports)
    expect(JSON.stringify(client)).not.toContain(sid(1));
  });

  it('ten concurrent calls on an expired session cause exactly one login', async () => {
    const { server: s, expire, logins } = await sessionServer();
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' } });
    await client.relogin();
    expire();
    const results = await Promise.all(Array.from({ length: 10 }, () => client.call('query-domain-list', {}, { idempotent: true })));
    expect(results).toHaveLength(10);
    expect(logins()).toBe(2);
    expect(client.session?.authSid).toBe(sid(2));
    // each call: one rejected attempt and one repeat with the new sid
    expect(s.received.filter((r) => r.request === 'query-domain-list' && r.params['auth-sid'] === sid(2))).toHaveLength(10);
  });

  it('repeats a write the server rejected as unauthenticated, once, with the new session', async () => {
    const { server: s, expire } = await sessionServer();
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' } });
    await client.relogin();
    expire();
    const r = await client.call('domain-renew', { domain: 'a.com', period: 12 });
    expect(r.procId).toBeDefined();
    const renews = s.received.filter((x) => x.request === 'domain-renew');
    expect(renews.map((x) => x.params['auth-sid'])).toEqual([sid(1), sid(2)]);
  });

  it('a refusing beforeLogin hook stops the re-login: the write is not repeated and no login is sent', async () => {
    const { server: s, expire, logins } = await sessionServer();
    server = s;
    let ended = false;
    const client = new DmapiClient({
      transport: createTransport({ baseUrl: s.url }),
      credential: { apiKey: 'k' },
      beforeLogin: () => {
        if (ended) throw Object.assign(new Error('ended'), { name: 'SessionEndedError' });
      },
    });
    await client.relogin();
    expire();
    ended = true;
    await expect(client.call('domain-renew', { domain: 'a.com', period: 12 })).rejects.toMatchObject({ name: 'SessionEndedError' });
    expect(logins()).toBe(1);
    expect(s.received.filter((x) => x.request === 'domain-renew')).toHaveLength(1);
  });

  it('a disposed client forgets its credential and session: no request, no login', async () => {
    const { server: s } = await sessionServer();
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' } });
    await client.relogin();
    client.dispose();
    expect(client.session).toBeUndefined();
    await expect(client.call('query-profile', {}, { idempotent: true })).rejects.toThrow(/disposed/);
    expect(s.received.map((r) => r.request)).toEqual(['login']);
  });

  it('does not repeat a write that failed for any other reason', async () => {
    const { server: s } = await sessionServer((request) =>
      request === 'domain-renew' ? replyText([['Status-Code', '2202'], ['Status-Text', 'Authorization error']]) : undefined,
    );
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' } });
    const e = await client.call('domain-renew', { domain: 'a.com' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DmapiError);
    expect((e as DmapiError).userMessage).toMatch(/not allowed/);
    expect(s.received.filter((x) => x.request === 'domain-renew')).toHaveLength(1);
  });

  it('does not repeat a write that timed out (it may have been carried out)', async () => {
    const { server: s } = await sessionServer();
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url, timeoutMs: 150 }), credential: { apiKey: 'k' } });
    await client.relogin();
    s.handle(() => ({ body: ok('', [['Proc-ID', '1']]), delayMs: 400 }));
    await expect(client.call('domain-renew', { domain: 'a.com' })).rejects.toBeInstanceOf(DmapiTransportError);
    await new Promise((r) => setTimeout(r, 450));
    expect(s.received.filter((x) => x.request === 'domain-renew')).toHaveLength(1);
  });

  it('logs in again only once: a second auth failure is thrown', async () => {
    let logins = 0;
    server = await startTestDmapi((req) => (req.request === 'login' ? (logins++, loginReply({ authSid: sid(logins) })) : AUTH_ERROR));
    const client = new DmapiClient({ transport: createTransport({ baseUrl: server.url }), credential: { apiKey: 'k' } });
    await client.relogin();
    await expect(client.call('query-profile', {}, { idempotent: true })).rejects.toBeInstanceOf(DmapiAuthError);
    expect(logins).toBe(2);
    expect(server.received.filter((r) => r.request === 'query-profile')).toHaveLength(2);
  });

  it('stops when the re-login itself is refused', async () => {
    const { server: s, expire } = await sessionServer();
    server = s;
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' } });
    await client.relogin();
    expire();
    s.handle(() => AUTH_ERROR);
    await expect(client.call('query-profile', {}, { idempotent: true })).rejects.toBeInstanceOf(DmapiAuthError);
    expect(s.received.filter((r) => r.request === 'query-profile')).toHaveLength(1);
  });

  it('hands warnings of list reads to onWarnings', async () => {
    const { server: s } = await sessionServer((request) => (request === 'query-domain-list' ? ok('a.com 2027-01-01', [['Warning', 'list truncated']]) : undefined));
    server = s;
    const seen: Array<[string, string[]]> = [];
    const client = new DmapiClient({ transport: createTransport({ baseUrl: s.url }), credential: { apiKey: 'k' }, onWarnings: (r, w) => void seen.push([r, w]) });
    await client.call('query-domain-list', {}, { idempotent: true });
    expect(seen).toEqual([['query-domain-list', ['list truncated']]]);
  });

  it('a per-call timeout overrides the transport default', async () => {
    server = await startTestDmapi(() => ({ body: ok(), delayMs: 300 }));
    const t = createTransport({ baseUrl: server.url, timeoutMs: 5000 });
    await expect(t.call('query-profile', {}, { timeoutMs: 100 })).rejects.toBeInstanceOf(DmapiTransportError);
  });

  it('uses a session it was given without logging in, and logout ends it', async () => {
    const { server: s, logins } = await sessionServer();
    server = s;
    const transport = createTransport({ baseUrl: s.url });
    const session = await login(transport, { apiKey: 'k' });
    const client = new DmapiClient({ transport, credential: { apiKey: 'k' }, session });
    await client.call('query-profile', {}, { idempotent: true });
    expect(logins()).toBe(1);
    await client.logout();
    expect(client.session).toBeUndefined();
    expect(s.received.at(-1)?.request).toBe('logout');
    expect(s.received.at(-1)?.params['auth-sid']).toBe(session.authSid);
    // a second logout is a no-op, and an expired session's logout is not an error
    await client.logout();
    expect(s.received.filter((r) => r.request === 'logout')).toHaveLength(1);
  });
});
