/**
 * Sandbox conformance, wire level: what Joker's own and public DMAPI clients rely on beyond the seeds
 * (lib/sandbox/README.md "Beyond the seeds"): the HTTP Server header, an `Error:` on every failure, the success-code
 * rule, the unsupported-TLD phrase, extra parameters accepted and ignored, and the parameter spellings clients use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, callPath, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('HTTP headers', () => {
  it('every DMAPI reply says Server: DMAPI/1.2.53 and carries Last-Modified', async () => {
    for (const res of [await fetch(`${sb.url}/request/login?api-key=sandbox-full-key`), await fetch(`${sb.url}/request/no-such-request`), await fetch(`${sb.url}/whois?domain=x.com`)]) {
      expect(res.headers.get('server')).toBe('DMAPI/1.2.53');
      expect(Date.parse(res.headers.get('last-modified') ?? '')).toBeGreaterThan(0);
      await res.text();
    }
  });
});

describe('failures', () => {
  it('carry at least one Error: line, whatever failed', async () => {
    const failures = [
      await call(sb.url, 'no-such-request', { 'auth-sid': sid }),
      await call(sb.url, 'query-domain-list', {}),
      await call(sb.url, 'query-domain-list', { 'auth-sid': 'f'.repeat(40) }),
      await call(sb.url, 'login', { 'api-key': 'wrong' }),
      await call(sb.url, 'domain-lock', { 'auth-sid': sid }),
      await call(sb.url, 'domain-lock', { 'auth-sid': await login(sb.url, 'sandbox-readonly-key'), domain: 'x.com' }),
      await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': '999999999' }),
    ];
    for (const r of failures) {
      expect(r.headers['Status-Code']).not.toBe('0');
      expect(r.all('Error').length).toBeGreaterThan(0);
      expect(r.all('Error').every((e) => e.trim() !== '')).toBe(true);
    }
  });

  it('a TLD Joker does not offer is refused with "Domain with extension supported by Joker.com"', async () => {
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const contacts = { 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'x.ns.joker.com:y.ns.joker.com' };
    for (const request of ['domain-check', 'domain-register', 'domain-transfer-in-reseller']) {
      const r = await call(sb.url, request, { 'auth-sid': sid, domain: 'example.xyz', period: '12', 'transfer-auth-id': 'abcd1234', ...contacts });
      expect(r.headers['Status-Code']).toBe('2306');
      expect(r.all('Error').join(' ')).toContain('Domain with extension supported by Joker.com');
    }
  });
});

describe('success codes', () => {
  it('0 for the classic requests, 1000 for the newer ones, OK on login and logout', async () => {
    const d = seededDomain(sb.engine.state, (x) => x.tld === 'com').name;
    const zero = ['query-domain-list', 'query-contact-list', 'query-ns-list', 'dns-zone-list', 'result-list', 'query-profile', 'query-request-list', 'user-get-property'];
    for (const request of zero) expect([request, (await call(sb.url, request, { 'auth-sid': sid })).headers['Status-Code']]).toEqual([request, '0']);
    expect((await call(sb.url, 'grants-list', { 'auth-sid': sid, domain: d })).headers['Status-Code']).toBe('0');
    expect((await call(sb.url, 'query-whois', { 'auth-sid': sid, domain: d })).headers['Status-Code']).toBe('0');
    for (const request of ['domain-check', 'query-price-list', 'query-account-balance']) {
      expect((await call(sb.url, request, { 'auth-sid': sid, domain: 'free-name-here.com' })).headers['Status-Code']).toBe('1000');
    }
    const own = await login(sb.url);
    const out = await call(sb.url, 'logout', { 'auth-sid': own });
    expect([out.headers['Status-Code'], out.headers['Status-Text'], out.body]).toEqual(['0', 'OK', '']);
    expect((await call(sb.url, 'query-profile', { 'auth-sid': own })).http).toBe(401);
  });
});

describe('parameters clients send beyond the seeds', () => {
  it('client-ip and cltrid are accepted on any request; cltrid is stored and filters result-list', async () => {
    const extra = { 'client-ip': '198.51.100.7', cltrid: 'domreg-4711' };
    for (const request of ['query-domain-list', 'query-profile', 'dns-zone-list', 'query-contact-list', 'result-list']) {
      expect((await call(sb.url, request, { 'auth-sid': sid, ...extra })).headers['Status-Code']).toBe('0');
    }
    const d = seededDomain(sb.engine.state, (x) => !x.locked && x.tld === 'com');
    const lock = await call(sb.url, 'domain-lock', { 'auth-sid': sid, domain: d.name, ...extra });
    expect(lock.headers['Status-Code']).toBe('0');
    const rows = await call(sb.url, 'result-list', { 'auth-sid': sid, cltrid: 'domreg-4711', pending: '1' });
    expect(rows.body.split(' ').slice(2)).toEqual([lock.headers['Proc-ID'], 'domain-lock', d.name, '?', 'domreg-4711']);
    expect(sb.engine.state.domains.get(d.name)?.locked).toBe(true);
  });

  it('uid on user-*-property, pname on domain-privacy-order, disclaimer on /whois', async () => {
    const uid = sb.engine.state.accounts['118472']?.uid ?? '';
    expect((await call(sb.url, 'user-get-property', { 'auth-sid': sid, pname: '*', ptype: '*', uid })).headers['Status-Code']).toBe('0');
    expect((await call(sb.url, 'user-set-property', { 'auth-sid': sid, pname: 'autorenew', pvalue: '1', uid })).headers['Status-Code']).toBe('0');
    const d = seededDomain(sb.engine.state, (x) => x.tld === 'com' && x.privacy === 'none');
    const order = await call(sb.url, 'domain-privacy-order', { 'auth-sid': sid, domain: d.name, privacy: 'pro', pname: 'privacy' });
    expect(order.all('Error')).toEqual([]);
    expect(sb.engine.state.domains.get(d.name)?.privacy).toBe('pro');
    expect((await callPath(sb.url, '/whois', { 'auth-sid': sid, domain: d.name, disclaimer: '0' }, 'GET')).headers['Status-Code']).toBe('0');
  });

  it('Proc-ID, proc-id and SvTrId all name a result (result-retrieve, result-delete)', async () => {
    const d = seededDomain(sb.engine.state, (x) => x.locked);
    const r = await call(sb.url, 'domain-unlock', { 'auth-sid': sid, domain: d.name });
    await advance(sb.url, 3);
    const procId = r.headers['Proc-ID'] ?? '';
    const spellings: Array<Record<string, string>> = [{ 'Proc-ID': procId }, { 'proc-id': procId }, { SvTrId: r.headers['SvTrId'] ?? '' }];
    for (const params of spellings) {
      expect((await call(sb.url, 'result-retrieve', { 'auth-sid': sid, ...params })).body).toContain('Completion-Status: ack');
    }
    expect((await call(sb.url, 'result-delete', { 'auth-sid': sid, SvTrId: r.headers['SvTrId'] ?? '' })).headers['Status-Code']).toBe('0');
    expect((await call(sb.url, 'result-list', { 'auth-sid': sid, procid: procId })).body).toBe('');
  });

  it('nickname and nick-name name the grant; language and lang the .eu contact language', async () => {
    const d = seededDomain(sb.engine.state, (x) => x.tld === 'org' && !sb.engine.state.invitations.some((i) => i.domain === x.name));
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: 'one@example.test', role: '@tech', nickname: 'From RP' });
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: 'two@example.test', role: '@tech', 'nick-name': 'From seeds' });
    const nicks = sb.engine.state.invitations.filter((i) => i.domain === d.name).map((i) => i.nickname).sort();
    expect(nicks).toEqual(['From RP', 'From seeds']);
    const eu = { 'auth-sid': sid, tld: 'eu', name: 'Lea Lang', email: 'lea@example.test', 'address-1': 'Invalidenstrasse 1', city: 'Berlin', 'postal-code': '10115', country: 'DE', phone: '+49.301234567', 'x-eu-country-of-citizenship': 'DE' };
    const created = await call(sb.url, 'contact-create', { ...eu, language: 'DE', 'client-ip': '198.51.100.7' });
    expect(created.all('Error')).toEqual([]);
    expect(sb.engine.state.contacts[created.headers['Object-Name'] ?? '']?.fields.lang?.toUpperCase()).toBe('DE');
  });
});
