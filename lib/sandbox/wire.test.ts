import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './server';
import { call, login, parseWire } from './test-helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
});
afterAll(() => sb.close());

describe('login on the wire', () => {
  it('answers the recorded header set in the recorded order, a cookie, and the sorted TLD list', async () => {
    const res = await fetch(`${sb.url}/request/login?api-key=sandbox-full-key`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('set-cookie')).toMatch(/^dmapi-auth=[0-9a-f]{40}; path=\/$/);
    const r = parseWire(res.status, await res.text());
    expect(r.headerLines.map(([k]) => k)).toEqual([
      'Status-Code', 'Status-Text', 'SvTrId', 'Tracking-Id', 'Timing', 'Version', 'UID', 'User-Login', 'Auth-Sid',
      'Session-Timeout', 'User-Access', 'Account-currency', 'Account-balance', 'Account-pending_amount', 'Account-rebate',
      'Account-contract_date', 'Stats-number-of-domains', 'Stats-last-login', 'Stats-last-ip', 'Stats-last-error',
      'Stats-last-error-ip', 'Stats-number-of-autorenew',
    ]);
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Status-Text']).toBe('OK');
    expect(r.headers['Version']).toBe('1.2');
    expect(r.headers['SvTrId']).toBe(r.headers['Tracking-Id']);
    expect(r.headers['Auth-Sid']).toMatch(/^[0-9a-f]{40}$/);
    expect(r.headers['User-Access']).toBe('@full');
    expect(r.headers['Stats-number-of-domains']).toBe('30');
    // An empty value keeps its trailing space on the wire.
    expect(r.raw).toContain('\nStats-last-error: \n');
    const tlds = r.body.split('\n');
    expect(tlds.pop()).toBe('');
    expect(tlds).toEqual([...tlds].sort());
    expect(tlds).toContain('co.uk');
    expect(tlds.length).toBeGreaterThanOrEqual(19);
  });

  it('counts domains and autorenewals afresh after a domain changed', async () => {
    const stats = async () => {
      const r = await call(sb.url, 'login', { 'api-key': 'sandbox-full-key' });
      return { sid: r.headers['Auth-Sid']!, domains: Number(r.headers['Stats-number-of-domains']), autorenew: Number(r.headers['Stats-number-of-autorenew']) };
    };
    const before = await stats();
    expect(await stats()).toMatchObject({ domains: before.domains, autorenew: before.autorenew });
    const list = await call(sb.url, 'query-domain-list', { 'auth-sid': before.sid, showstatus: '1' });
    const line = list.body.split('\n').find((l) => l.includes('.') && !l.includes('autorenew'));
    expect(line).toBeDefined();
    const domain = line!.split(' ')[0]!;
    const set = await call(sb.url, 'domain-set-property', { 'auth-sid': before.sid, domain, pname: 'autorenew', pvalue: '1' });
    expect(set.headers['Status-Code']).toBe('0');
    expect(await stats()).toMatchObject({ domains: before.domains, autorenew: before.autorenew + 1 });
  });

  it('reports the access level of each key and refuses bad credentials with 401/2200', async () => {
    expect((await call(sb.url, 'login', { 'api-key': 'sandbox-readonly-key' })).headers['User-Access']).toBe('@readonly');
    expect((await call(sb.url, 'LOGIN', { USERNAME: 'reseller@sandbox.test', Password: 'sandbox-reseller' })).headers['UID']).toBe('118472');
    const bad = await call(sb.url, 'login', { username: 'reseller@sandbox.test', password: 'wrong' });
    expect(bad.http).toBe(401);
    expect(bad.headers['Status-Code']).toBe('2200');
  });

  it('prefixes=1 lists tld TAB handle prefix', async () => {
    const r = await call(sb.url, 'login', { 'api-key': 'sandbox-full-key', prefixes: '1' });
    expect(r.body.split('\n')).toContain('com\tCCOM');
  });
});

describe('sessions', () => {
  it('401 + 2200 for a missing or unknown session, body still a DMAPI reply', async () => {
    for (const params of [{}, { 'auth-sid': 'f'.repeat(40) }] as Array<Record<string, string>>) {
      const r = await call(sb.url, 'query-domain-list', params);
      expect(r.http).toBe(401);
      expect(r.headers['Status-Code']).toBe('2200');
      expect(r.headers['Status-Text']).toBe('Authentication error');
      expect(r.raw).toMatch(/\n\n$/);
    }
  });

  it('accepts the dmapi-auth cookie, and a parameter wins over it', async () => {
    const sid = await login(sb.url);
    const viaCookie = await fetch(`${sb.url}/request/query-domain-list`, { headers: { cookie: `dmapi-auth=${sid}` } });
    expect(viaCookie.status).toBe(200);
    const paramWins = await fetch(`${sb.url}/request/query-domain-list?auth-sid=bogus`, { headers: { cookie: `dmapi-auth=${sid}` } });
    expect(paramWins.status).toBe(401);
  });

  it('logout ends the session', async () => {
    const sid = await login(sb.url);
    expect((await call(sb.url, 'logout', { 'auth-sid': sid })).headers['Status-Code']).toBe('0');
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid })).http).toBe(401);
  });
});

describe('protocol edges', () => {
  it('HTTP 414 for a GET longer than 8 KiB, while the same as POST works', async () => {
    const sid = await login(sb.url);
    const long = 'x'.repeat(9000);
    const res = await fetch(`${sb.url}/request/query-domain-list?auth-sid=${sid}&pattern=${long}`);
    expect(res.status).toBe(414);
    const post = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: long });
    expect(post.http).toBe(200);
    expect(post.body).toBe('');
  });

  it('an unknown request answers in the DMAPI error form, not a 404 page', async () => {
    const r = await call(sb.url, 'no-such-request', {});
    expect(r.http).toBe(200);
    expect(r.headers['Status-Code']).toBe('2101');
    expect(r.all('Error')).toEqual(['no-such-request: unknown request']);
    expect(r.raw.endsWith('\n\n')).toBe(true);
  });
});
