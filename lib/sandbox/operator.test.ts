import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 25 });
});
afterAll(() => sb.close());

const post = (path: string, body: unknown) =>
  fetch(`${sb.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('clock', () => {
  it('reports the sandbox time and moves it on', async () => {
    const before = ((await (await fetch(`${sb.url}/_sandbox/clock`)).json()) as { now: string }).now;
    const after = await advance(sb.url, 86400);
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(86400_000);
    expect((await post('/_sandbox/clock', { advance: '-5' })).status).toBe(400);
  });
});

describe('sessions', () => {
  it('lists live sessions newest first, drops logged-out and expired ones', async () => {
    const list = async () =>
      ((await (await fetch(`${sb.url}/_sandbox/sessions`)).json()) as { sessions: { authSid: string; access: string }[] }).sessions;
    const first = await login(sb.url, 'sandbox-readonly-key');
    await advance(sb.url, 1);
    const second = await login(sb.url, 'sandbox-full-key');
    const live = await list();
    expect(live[0]).toMatchObject({ authSid: second, access: '@full' });
    expect(live.map((s) => s.authSid)).toContain(first);
    await call(sb.url, 'logout', { 'auth-sid': second });
    expect((await list()).map((s) => s.authSid)).not.toContain(second);
    await advance(sb.url, 3601);
    expect((await list()).map((s) => s.authSid)).not.toContain(first);
  });
});

describe('faults', () => {
  it('http500 fails the next N matching requests, then the request works again', async () => {
    const sid = await login(sb.url);
    expect((await post('/_sandbox/faults', { request: 'query-profile', mode: 'http500', count: 2 })).status).toBe(200);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid })).http).toBe(200);
    expect((await call(sb.url, 'query-profile', { 'auth-sid': sid })).http).toBe(500);
    expect((await call(sb.url, 'QUERY-PROFILE', { 'auth-sid': sid })).http).toBe(500);
    expect((await call(sb.url, 'query-profile', { 'auth-sid': sid })).headers['Status-Code']).toBe('0');
  });

  it('garbage answers 200 with bytes that are no DMAPI reply', async () => {
    await post('/_sandbox/faults', { request: '*', mode: 'garbage', count: 1 });
    const r = await call(sb.url, 'query-profile', {});
    expect(r.http).toBe(200);
    expect(r.headers['Status-Code']).toBeUndefined();
  });

  it('expire-session drops the caller session: 401/2200, and a new login works', async () => {
    const sid = await login(sb.url);
    await post('/_sandbox/faults', { request: 'query-domain-list', mode: 'expire-session', count: 1 });
    const r = await call(sb.url, 'query-domain-list', { 'auth-sid': sid });
    expect([r.http, r.headers['Status-Code']]).toEqual([401, '2200']);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': await login(sb.url) })).http).toBe(200);
  });

  it('nack lets the request run, then completes its queued work as nack and refunds what it charged', async () => {
    const sid = await login(sb.url);
    const owner = Object.values(sb.engine.state.contacts).find((c) => c.tld === 'com' && c.uid === '118472')?.handle ?? '';
    const balance = () => sb.engine.state.accounts['118472']?.balanceCents ?? 0;
    const before = balance();
    expect((await post('/_sandbox/faults', { request: 'domain-register', mode: 'nack', count: 1 })).status).toBe(200);
    const contacts = { 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com' };
    const r = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'nack-fault.com', period: '12', ...contacts });
    const procId = r.headers['Proc-ID'] ?? '';
    expect(procId).toMatch(/^\d+$/);
    expect(balance()).toBeLessThan(before);
    await advance(sb.url, 5);
    const sid2 = await login(sb.url);
    const list = await call(sb.url, 'result-list', { 'auth-sid': sid2, procid: procId });
    expect(list.body.trim().split(' ').slice(3, 6)).toEqual(['domain-register', 'nack-fault.com', 'nack']);
    const retrieved = await call(sb.url, 'result-retrieve', { 'auth-sid': sid2, 'proc-id': procId });
    expect(retrieved.body).toContain('Error: registry: the registry refused the request');
    expect(sb.engine.state.domains.has('nack-fault.com')).toBe(false);
    expect(balance()).toBe(before);
    const orders = sb.engine.state.orders.filter((o) => String(o.procId) === procId).map((o) => [o.type, Math.sign(o.amountCents)]);
    expect(orders).toEqual([['create', 1], ['create', -1]]);
    // The fault was used up: the next registration completes normally.
    const again = await call(sb.url, 'domain-register', { 'auth-sid': sid2, domain: 'nack-fault-2.com', period: '12', ...contacts });
    await advance(sb.url, 5);
    expect(sb.engine.state.results.find((x) => String(x.procId) === again.headers['Proc-ID'])?.status).toBe('ack');
  });

  it('reset breaks the connection and timeout never answers', async () => {
    await post('/_sandbox/faults', { request: 'query-profile', mode: 'reset', count: 1 });
    await expect(call(sb.url, 'query-profile', {})).rejects.toThrow();
    await post('/_sandbox/faults', { request: 'query-profile', mode: 'timeout', count: 1 });
    await expect(fetch(`${sb.url}/request/query-profile`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
  });

  it('refuses an unknown mode', async () => {
    expect((await post('/_sandbox/faults', { request: '*', mode: 'explode', count: 1 })).status).toBe(400);
  });
});

describe('log', () => {
  it('lists every DMAPI request in order without secrets, filtered by since', async () => {
    const start = ((await (await fetch(`${sb.url}/_sandbox/log`)).json()) as { entries: Array<{ id: number }> }).entries.at(-1)?.id ?? 0;
    const sid = await login(sb.url);
    await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'log-test.com' });
    await call(sb.url, 'query-domain-list', {});
    const text = await (await fetch(`${sb.url}/_sandbox/log?since=${start}`)).text();
    expect(text).not.toContain(sid);
    expect(text).not.toContain('sandbox-full-key');
    const { entries } = JSON.parse(text) as { entries: Array<Record<string, unknown>> };
    expect(entries.map((e) => [e.request, e.uid, e.statusCode, e.httpStatus, e.object])).toEqual([
      ['login', '118472', 0, 200, null],
      ['domain-check', '118472', 1000, 200, 'log-test.com'],
      ['query-domain-list', null, 2200, 401, null],
    ]);
    expect(entries[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(['at', 'httpStatus', 'id', 'object', 'params', 'procId', 'request', 'statusCode', 'uid']);
  });

  it('tells reads apart by a digest of their parameters, the same whichever session sends them', async () => {
    const start = ((await (await fetch(`${sb.url}/_sandbox/log`)).json()) as { entries: Array<{ id: number }> }).entries.at(-1)?.id ?? 0;
    await call(sb.url, 'result-list', { 'auth-sid': await login(sb.url), 'count-only': '1' });
    await call(sb.url, 'result-list', { 'auth-sid': await login(sb.url), 'count-only': '1' });
    await call(sb.url, 'result-list', { 'auth-sid': await login(sb.url), status: 'nack' });
    const { entries } = (await (await fetch(`${sb.url}/_sandbox/log?since=${start}`)).json()) as { entries: Array<{ request: string; params: string }> };
    const digests = entries.filter((e) => e.request === 'result-list').map((e) => e.params);
    expect(digests).toHaveLength(3);
    expect(digests[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(digests[1]).toBe(digests[0]);
    expect(digests[2]).not.toBe(digests[0]);
  });
});

describe('outbox', () => {
  it('serves JSON and HTML, newest first', async () => {
    const json = (await (await fetch(`${sb.url}/outbox`, { headers: { accept: 'application/json' } })).json()) as { mails: Array<{ id: number; kind: string }> };
    expect(json.mails.length).toBeGreaterThan(3);
    const ids = json.mails.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(json.mails.map((m) => m.kind))).toEqual(new Set(['verification', 'cor', 'transfer-foa', 'grant-invitation']));
    const html = await fetch(`${sb.url}/outbox`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('<h1>Sandbox outbox</h1>');
  });
});

describe('reset', () => {
  it('reseeds: a registered domain disappears, the seeded ones come back', async () => {
    const first = [...sb.engine.state.domains.keys()][0] ?? '';
    sb.engine.state.domains.delete(first);
    const res = await post('/_sandbox/reset', {});
    expect(res.status).toBe(200);
    expect(sb.engine.state.domains.has(first)).toBe(true);
    expect(sb.engine.state.domains.size).toBe(25 + 6);
  });
});

describe('flags and loopback', () => {
  it('switches TXT padding off and on', async () => {
    const off = (await (await post('/_sandbox/flags', { padTxt: false })).json()) as { flags: { padTxt: boolean } };
    expect(off.flags.padTxt).toBe(false);
    expect(sb.engine.state.flags.padTxt).toBe(false);
    expect((await post('/_sandbox/flags', { padTxt: 'no' })).status).toBe(400);
    await post('/_sandbox/flags', { padTxt: true });
    expect(sb.engine.state.flags.padTxt).toBe(true);
  });

  it('operator endpoints refuse anything but loopback', async () => {
    const { isLoopback } = await import('./http');
    const fake = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as Parameters<typeof isLoopback>[0];
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map((a) => isLoopback(fake(a)))).toEqual([true, true, true]);
    expect(isLoopback(fake('192.168.1.20'))).toBe(false);
  });
});
