/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): what a client asks right after login. Joker's
 * reseller panel calls version (no session), query-request-list (and refuses every request missing from it) and
 * user-get-property pname=* ptype=*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHandlers } from '../registry';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20 });
});
afterAll(() => sb.close());

/** Every request Joker's reseller panel sends after login (its request-list gate must let all of them through). */
const RP_REQUESTS = [
  'contact-create', 'contact-modify', 'contact-delete', 'query-contact-list', 'wa-email-validate', 'wa-email-list',
  'wa-email-query-status', 'domain-register', 'domain-renew', 'domain-set-property', 'domain-privacy-order',
  'grants-invite', 'grants-revoke', 'grants-list', 'domain-transfer-in', 'domain-transfer-in-reseller', 'domain-modify',
  'domain-delete', 'domain-owner-change', 'domain-lock', 'domain-unlock', 'domain-transfer-get-auth-id', 'ns-create',
  'ns-modify', 'ns-delete', 'query-ns-list', 'query-domain-list', 'dns-zone-list', 'dns-zone-get', 'query-tld-list',
  'query-whois', 'logout', 'user-set-property', 'user-get-property', 'result-list', 'result-delete', 'result-retrieve',
  'query-profile',
];

const list = async (key: string): Promise<string[]> =>
  (await call(sb.url, 'query-request-list', { 'auth-sid': await login(sb.url, key) })).body.trim().split('\n').map((l) => l.split(' ')[0] ?? '');

describe('version', () => {
  it('answers without a session, the version in a body line', async () => {
    const r = await call(sb.url, 'version', {}, 'GET');
    expect([r.http, r.headers['Status-Code']]).toEqual([200, '0']);
    expect(r.body).toBe('Version: 1.2.53\n');
  });
});

describe('query-request-list', () => {
  it('a full key lists every request Joker\'s reseller panel uses that the sandbox serves, and each one answers', async () => {
    const names = await list('sandbox-full-key');
    const served = new Set(requestHandlers().map((d) => d.name));
    expect(RP_REQUESTS.filter((n) => served.has(n) && !names.includes(n))).toEqual([]);
    expect(RP_REQUESTS.filter((n) => !served.has(n))).toEqual([]);
    expect(names).toEqual([...names].sort());
    const sid = await login(sb.url);
    for (const name of names) expect([name, (await call(sb.url, name, { 'auth-sid': sid })).headers['Status-Code']]).not.toEqual([name, '2101']);
  });

  it('follows User-Access: @readonly lists nothing that modifies, @modify-only nothing that costs', async () => {
    const full = await list('sandbox-full-key');
    const modify = await list('sandbox-modify-key');
    const readonly = await list('sandbox-readonly-key');
    expect(full).toEqual(expect.arrayContaining(['domain-renew', 'domain-register', 'domain-redeem', 'domain-modify', 'query-domain-list']));
    expect(modify).toContain('domain-modify');
    expect(modify).toContain('query-domain-list');
    expect(modify.filter((n) => ['domain-renew', 'domain-register', 'domain-redeem', 'domain-transfer-in', 'domain-transfer-in-reseller', 'domain-privacy-order'].includes(n))).toEqual([]);
    expect(readonly).toContain('query-domain-list');
    expect(readonly.filter((n) => ['domain-modify', 'domain-lock', 'contact-create', 'dns-zone-put', 'domain-renew', 'user-set-property'].includes(n))).toEqual([]);
    // What a key's list omits, the server refuses for that key.
    const ro = await login(sb.url, 'sandbox-readonly-key');
    expect((await call(sb.url, 'domain-lock', { 'auth-sid': ro, domain: 'x.com' })).headers['Status-Code']).toBe('2202');
    expect(readonly.length).toBeLessThan(modify.length);
    expect(modify.length).toBeLessThan(full.length);
  });
});

describe('query-tld-list', () => {
  it('one TLD per line, sorted: the TLDs the account may order, as login lists them', async () => {
    const logged = await call(sb.url, 'login', { 'api-key': 'sandbox-full-key' });
    const r = await call(sb.url, 'query-tld-list', { 'auth-sid': logged.headers['Auth-Sid'] ?? '' });
    expect(r.headers['Status-Code']).toBe('0');
    // Joker's reseller panel takes the first blank-separated token of each line as the TLD.
    const tlds = r.body.trim().split('\n').map((l) => l.split(' ')[0]);
    expect(tlds).toEqual(logged.body.trim().split('\n'));
    expect(tlds).toEqual([...tlds].sort());
    expect(tlds).toEqual(expect.arrayContaining(['com', 'de', 'co.uk', 'eu']));
    const customerAccount = sb.engine.state.accounts[DEMO.customer.uid];
    if (!customerAccount) throw new Error('no seeded customer account');
    customerAccount.tlds = ['com', 'net'];
    const customer = await login(sb.url, 'sandbox-customer-key');
    expect((await call(sb.url, 'query-tld-list', { 'auth-sid': customer })).body).toBe('com\nnet\n');
    expect((await call(sb.url, 'query-tld-list', {})).http).toBe(401);
  });
});

describe('query-profile', () => {
  /** The keys Joker's reseller panel and the TypeScript client read. */
  const KEYS = [
    'customer-id', 'fname', 'lname', 'organization', 'city', 'address-1', 'address-2', 'postal-code', 'state', 'phone', 'fax', 'balance',
    'vat-id', 'last-payment', 'last-access', 'admin_email', 'robot_email', 'checkd_ip', 'http', 'url', 'whois1', 'whois2', 'whois3', 'whois4',
  ];
  const profile = async (key: string): Promise<Record<string, string>> => {
    const body = (await call(sb.url, 'query-profile', { 'auth-sid': await login(sb.url, key) })).body;
    return Object.fromEntries(body.trim().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  };

  it('sends every key clients read, with values that agree with the rest of the account', async () => {
    const p = await profile('sandbox-full-key');
    expect(KEYS.filter((k) => !(k in p))).toEqual([]);
    const a = sb.engine.state.accounts[DEMO.reseller.uid];
    expect(p['customer-id']).toBe(a?.customerId);
    expect(Number(p.balance) * 100).toBeCloseTo(a?.balanceCents ?? -1);
    // last-access: this very login; last-payment: the latest credit-increase order.
    expect(p['last-access']).toBe(new Date(a?.lastLoginAt ?? 0).toISOString().replace('T', ' ').slice(0, 19));
    const topUp = sb.engine.state.orders.filter((o) => o.uid === DEMO.reseller.uid && o.type === 'credit-increase').map((o) => o.at).sort().at(-1);
    expect(p['last-payment']).toBe(new Date(topUp ?? 0).toISOString().slice(0, 10));
    expect(p.admin_email).toBe(DEMO.reseller.login);
    expect(p.robot_email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(p.checkd_ip?.split(',').every((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip))).toBe(true);
    expect(p.url).toBe(`https://${p.http}/`);
    expect([p.whois1, p.whois2]).toEqual([p.organization, p['address-1']]);
    expect(p.whois3).toBe(`${p['postal-code']} ${p.city}, DE`);
    expect(p.fax).toMatch(/^\+49\./);
  });

  it('sends the keys empty where an account has no value (the customer: no fax, no whois lines)', async () => {
    const p = await profile('sandbox-customer-key');
    expect(KEYS.filter((k) => !(k in p))).toEqual([]);
    expect([p.fax, p.whois1, p.checkd_ip, p['last-payment']]).toEqual(['', '', '', '']);
    expect([p.state, p['address-2'], p.admin_email]).toEqual(['IL', 'Apt 2', DEMO.customer.login]);
  });
});

describe('user properties', () => {
  it('lists user.<type>.<name>: <value> lines that split into three parts beginning with user', async () => {
    const sid = await login(sb.url);
    const r = await call(sb.url, 'user-get-property', { 'auth-sid': sid, pname: '*', ptype: '*' });
    const keys = r.body.trim().split('\n').map((l) => l.slice(0, l.indexOf(':')).split('.'));
    expect(keys.every((k) => k.length === 3 && k[0] === 'user')).toBe(true);
    expect(r.body).toContain('user.property.autorenew: 1\n');
    expect((await call(sb.url, 'user-get-property', { 'auth-sid': sid, pname: 'autorenew' })).body).toBe('user.property.autorenew: 1\n');
    expect((await call(sb.url, 'user-get-property', { 'auth-sid': sid, pname: 'nothing' })).headers['Status-Code']).toBe('2303');
  });

  it('the autorenew property is the default of later registrations and transfers', async () => {
    const sid = await login(sb.url);
    const set = await call(sb.url, 'user-set-property', { 'auth-sid': sid, pname: 'autorenew', pvalue: '0' });
    expect(set.headers['Proc-ID']).toMatch(/^\d+$/);
    expect((await call(sb.url, 'user-get-property', { 'auth-sid': sid, pname: 'autorenew' })).body).toBe('user.property.autorenew: 0\n');
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const reg = (domain: string, extra: Record<string, string> = {}) =>
      call(sb.url, 'domain-register', { 'auth-sid': sid, domain, period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'x.ns.joker.com:y.ns.joker.com', ...extra });
    expect((await reg('property-default-off.com')).headers['Status-Code']).toBe('0');
    expect((await reg('explicit-on.com', { autorenew: '1' })).headers['Status-Code']).toBe('0');
    await advance(sb.url, 3);
    expect(sb.engine.state.domains.get('property-default-off.com')?.autorenew).toBe(false);
    expect(sb.engine.state.domains.get('explicit-on.com')?.autorenew).toBe(true);
    await call(sb.url, 'user-set-property', { 'auth-sid': sid, pname: 'autorenew', pvalue: '1' });
    expect((await reg('property-default-on.com')).headers['Status-Code']).toBe('0');
    await advance(sb.url, 3);
    expect(sb.engine.state.domains.get('property-default-on.com')?.autorenew).toBe(true);
  });

  it('refuses bad values, features and read-only keys', async () => {
    const sid = await login(sb.url);
    expect((await call(sb.url, 'user-set-property', { 'auth-sid': sid, pname: 'autorenew', pvalue: 'yes' })).all('Error')[0]).toMatch(/^pvalue: /);
    expect((await call(sb.url, 'user-set-property', { 'auth-sid': sid, pname: 'reseller', pvalue: '0' })).headers['Status-Code']).toBe('2306');
    const ro = await login(sb.url, 'sandbox-readonly-key');
    expect((await call(sb.url, 'user-set-property', { 'auth-sid': ro, pname: 'autorenew', pvalue: '0' })).headers['Status-Code']).toBe('2202');
    expect(sb.engine.state.accounts['118472']?.properties?.autorenew).toBe('1');
  });
});
