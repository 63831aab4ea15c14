/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): the paths outside /request/ (`/v2/contact/create`,
 * `/v2/query-price-list`, `/whois`) and inquire-tld, as Joker's WHMCS module uses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, callPath, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('/v2/contact/create', () => {
  it('creates the contact at once: body `handle: X`, usable straight away in domain-register', async () => {
    const r = await callPath(sb.url, '/v2/contact/create', {
      'auth-sid': sid, tld: 'com', name: 'Vera Vtwo', email: 'vera@example.test', 'address-1': '100 Congress Avenue', city: 'Austin', state: 'TX',
      'postal-code': '78701', country: 'US', phone: '+1.5125550100',
    });
    expect(['0', '1000']).toContain(r.headers['Status-Code']);
    const handle = /^handle: (\S+)\n$/.exec(r.body)?.[1] ?? '';
    expect(sb.engine.state.contacts[handle]?.fields.city).toBe('Austin');
    const reg = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'v2-handle-at-once.com', period: '12', 'owner-c': handle, 'admin-c': handle, 'tech-c': handle, 'billing-c': handle, 'ns-list': 'x.ns.joker.com:y.ns.joker.com' });
    expect(reg.all('Error')).toEqual([]);
  });

  it('refuses bad fields with Error lines, and is not a /request/ name', async () => {
    const r = await callPath(sb.url, '/v2/contact/create', { 'auth-sid': sid, tld: 'com', name: 'No Address' });
    expect(r.headers['Status-Code']).toBe('2003');
    expect(r.all('Error').length).toBeGreaterThan(1);
    expect((await call(sb.url, 'v2/contact/create', { 'auth-sid': sid })).headers['Status-Code']).toBe('2101');
  });
});

describe('price lists', () => {
  it('/v2/query-price-list and query-price-list give the same columns; rows read as the WHMCS module reads them', async () => {
    const v2 = await callPath(sb.url, '/v2/query-price-list', { 'auth-sid': sid }, 'GET');
    const v1 = await call(sb.url, 'query-price-list', { 'auth-sid': sid });
    expect(['0', '1000']).toContain(v2.headers['Status-Code']);
    expect(v2.headers['Columns']).toBe(v1.headers['Columns']);
    const columns = v2.headers['Columns']?.split(',') ?? [];
    expect(columns.slice(0, 6)).toEqual(['type', 'operation', 'tld', 'tld-currency', 'currency', 'price-1y']);
    expect(columns).toContain('price-10y');
    const rows = v2.body.trim().split('\n').map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i], v])));
    expect(rows.every((r) => Object.keys(r).length === columns.length)).toBe(true);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['domain', 'domain_promo']));
    expect(new Set(rows.map((r) => r.operation))).toEqual(new Set(['create', 'transfer', 'renew', 'rgp', 'privacy-basic', 'privacy-pro']));
    const com = rows.find((r) => r.type === 'domain' && r.operation === 'create' && r.tld === 'com');
    expect(com).toMatchObject({ currency: 'EUR', 'price-1y': '10.16', 'price-2y': '20.32' });
    expect(rows.find((r) => r.type === 'domain' && r.operation === 'renew' && r.tld === 'de')?.['price-2y']).toBe('n/a');
    expect(rows.filter((r) => r.type === 'domain_promo').every((r) => Date.parse(r.valid_from ?? '') > 0)).toBe(true);
  });
});

describe('/whois', () => {
  it('answers a DMAPI reply whose body says DNSSEC: signedDelegation or unsigned', async () => {
    const signed = seededDomain(sb.engine.state, (x) => x.dnssec && x.ds.length > 0);
    const unsigned = seededDomain(sb.engine.state, (x) => !x.dnssec);
    const dnssec = async (domain: string) => {
      const r = await callPath(sb.url, '/whois', { domain, disclaimer: '0', 'auth-sid': sid }, 'GET');
      expect(r.headers['Status-Code']).toBe('0');
      return Object.fromEntries(r.body.trim().split('\n').map((l) => [l.split(' ')[0]?.replace(/:$/, ''), l.slice(l.indexOf(' ') + 1)])).DNSSEC;
    };
    expect(await dnssec(signed.name)).toBe('signedDelegation');
    expect(await dnssec(unsigned.name)).toBe('unsigned');
    expect((await callPath(sb.url, '/whois', { domain: 'not-here.com', 'auth-sid': sid }, 'GET')).all('Error').length).toBe(1);
    expect((await callPath(sb.url, '/whois', { domain: unsigned.name, 'auth-sid': sid }, 'GET')).body.startsWith('%')).toBe(true);
    expect((await call(sb.url, 'whois', { 'auth-sid': sid, domain: unsigned.name })).headers['Status-Code']).toBe('2101');
  });
});

describe('inquire-tld', () => {
  it('dnssec names the form the TLD takes: keydata for .de, dsdata for .com', async () => {
    const kv = async (tld: string) => (await call(sb.url, 'inquire-tld', { 'auth-sid': sid, tld }, 'GET')).body;
    expect(await kv('de')).toContain('dnssec: keydata\n');
    expect(await kv('com')).toContain('dnssec: dsdata\n');
    const bad = await call(sb.url, 'inquire-tld', { 'auth-sid': sid, tld: 'xyz' });
    expect(bad.all('Error')[0]).toContain('Domain with extension supported by Joker.com');
  });
});
