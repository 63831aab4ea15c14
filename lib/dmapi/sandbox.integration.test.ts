/**
 * The real client against the real sandbox over HTTP: logins, reads, sessions and failure rules. Every request the
 * client sends must be answered; the few the sandbox does not know yet are named in KNOWN_MISSING (sandbox-world.ts)
 * and must still answer 2101, so a regression fails here instead of turning into a skip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import * as dmapi from './index';
import { DmapiAuthError, DmapiClient, DmapiError, DmapiTransportError, createTransport, login } from './index';
import { clientRequestNames, KNOWN_MISSING, lastLogId, logSince, operator, startWorld, type SandboxWorld } from './sandbox-world';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

describe('login against the sandbox', () => {
  it.each([
    ['sandbox-full-key', '@full'],
    ['sandbox-modify-key', '@modify-only'],
    ['sandbox-readonly-key', '@readonly'],
  ])('%s logs in as %s of the reseller account', async (apiKey, access) => {
    const s = await login(createTransport({ baseUrl: w.sandbox.url }), { apiKey }, { prefixes: true });
    expect(s.userAccess).toBe(access);
    expect(s.userLogin).toBe('reseller@sandbox.test');
    expect(s.authSid).toMatch(/^[0-9a-f]{40}$/);
    expect(s.sessionTimeout).toBe(3600);
    expect(s.tlds).toContain('com');
    expect(s.prefixes?.['com']).toBeTruthy();
    expect(s.account.currency).toMatch(/^[A-Z]{3}$/);
  });

  it('username/password and the customer key log in to their own accounts', async () => {
    const t = createTransport({ baseUrl: w.sandbox.url });
    const reseller = await login(t, { username: 'reseller@sandbox.test', password: 'sandbox-reseller' });
    const customer = await login(t, { apiKey: 'sandbox-customer-key' });
    expect(customer.userLogin).toBe('customer@sandbox.test');
    expect(customer.uid).not.toBe(reseller.uid);
  });

  it('a wrong key is an auth error', async () => {
    await expect(login(createTransport({ baseUrl: w.sandbox.url }), { apiKey: 'wrong-key' })).rejects.toBeInstanceOf(DmapiAuthError);
  });
});

describe('coverage', () => {
  it('the sandbox answers every request the client sends; the known-missing ones still answer 2101', async () => {
    const requests = clientRequestNames();
    expect(requests.length).toBeGreaterThan(30);
    const root = new Set(requests.filter((r) => r.root).map((r) => r.name));
    expect([...root].sort()).toEqual(['v2/contact/create', 'v2/query-price-list', 'whois']);
    const names = requests.map((r) => r.name);
    const transport = createTransport({ baseUrl: w.sandbox.url });
    const sid = (await login(transport, { apiKey: 'sandbox-full-key' })).authSid;
    const unimplemented: string[] = [];
    for (const name of new Set([...names, ...KNOWN_MISSING])) {
      // No parameters: a read lists, a write is refused for what it misses; nothing changes.
      const code = await transport.call(name, { 'auth-sid': sid }, { root: root.has(name) }).then(
        () => 0,
        (e: unknown) => (e instanceof DmapiError ? e.statusCode : -1),
      );
      if (code === 2101) unimplemented.push(name);
    }
    const learned = KNOWN_MISSING.filter((n) => !unimplemented.includes(n));
    expect(learned, 'the sandbox answers these now: remove them from KNOWN_MISSING in sandbox-world.ts').toEqual([]);
    expect(unimplemented.filter((n) => !KNOWN_MISSING.includes(n)), 'requests the sandbox no longer (or never) answered').toEqual([]);
  });
});

describe('reads', () => {
  it('query-domain-list with every column, and an empty match', async () => {
    const rows = await dmapi.queryDomainList(w.client, { showstatus: true, showgrants: true, showprivacy: true });
    expect(rows.length).toBe(250);
    expect(rows[0]?.expiration).toBeInstanceOf(Date);
    expect(rows.every((r) => Array.isArray(r.statuses))).toBe(true);
    expect(await dmapi.queryDomainList(w.client, { pattern: 'zzzz-no-such*' })).toEqual([]);
  });

  it('domain-check, result-list (+count), query-profile, balance, orders, prices, promos', async () => {
    const check = await dmapi.domainCheck(w.client, { domain: 'a-free-name-for-tests.com', checkPrice: 'create', period: 1 });
    expect(check.status).toBe('available');
    expect(check.prices[0]?.amount).toBeGreaterThan(0);
    expect((await dmapi.domainCheck(w.client, { domain: w.domain })).status).toBe('unavailable');
    const results = await dmapi.resultList(w.client);
    expect(results.length).toBe(await dmapi.resultListCount(w.client));
    expect(['ack', 'nack', '?']).toContain(results[0]?.status);
    expect((await dmapi.queryProfile(w.client)).fields['email']).toBe('reseller@sandbox.test');
    const balance = await dmapi.queryAccountBalance(w.client);
    expect(balance.total).toBeCloseTo(balance.available + balance.pending);
    expect((await dmapi.queryOrderList(w.client))[0]?.createdAt).toBeInstanceOf(Date);
    expect((await dmapi.queryPriceList(w.client)).some((p) => p.tld === 'com' && (p.price ?? 0) > 0)).toBe(true);
    expect(Array.isArray(await dmapi.queryPromosList(w.client, { type: 'all' }))).toBe(true);
  });

  it('contacts, hosts, zones, properties', async () => {
    expect(w.handle).toMatch(/^C/);
    expect((await dmapi.queryContactList(w.client, { extendedFormat: true }))[0]?.name).toBeTruthy();
    const hosts = await dmapi.queryNsList(w.client, { full: true });
    expect(hosts.some((h) => h.ipv4.length + h.ipv6.length > 0)).toBe(true);
    expect((await dmapi.dnsZoneList(w.client)).length).toBeGreaterThan(0);
    const zone = await dmapi.dnsZoneGet(w.client, { domain: w.domain });
    expect(zone.text.startsWith('$dnssec=')).toBe(true);
    expect(zone.errors).toEqual([]);
    expect(zone.records.length).toBe(w.state().zones[w.domain]?.records.length);
    expect((await dmapi.domainGetProperty(w.client, { domain: w.domain, pname: 'autorenew' })).value).toMatch(/^[01]$/);
  });

  it('query-whois', async () => {
    const who = await dmapi.queryWhois(w.client, { domain: w.domain });
    expect(who.domain?.name ?? who.entries['domain.name']?.[0]).toBe(w.domain);
    // Whois dates carry whole seconds (YYYYMMDDHHMMSS).
    expect(who.domain?.expires?.getTime()).toBe(Math.floor((w.state().domains.get(w.domain)?.expiresAt ?? 0) / 1000) * 1000);
  });

  it('query-object', async () => {
    const obj = await dmapi.queryObject(w.client, { domain: w.domain });
    expect(Object.keys(obj.entries).length).toBeGreaterThan(0);
  });

  it('grants-list', async () => {
    const grants = await dmapi.grantsList(w.client, { domain: w.domain, showkey: true });
    expect(grants.filter((g) => g.type !== 'invitation').length).toBe(w.state().grants.filter((g) => g.domain === w.domain).length);
  });

  it('wa-email-list', async () => {
    const pending = await dmapi.waEmailList(w.client);
    const expected = Object.values(w.state().verifications).filter((v) => v.uid === DEMO.reseller.uid && v.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(new Set(pending.map((p) => p.email))).toEqual(new Set(expected.map((v) => v.email)));
  });

  it('domain-transfer-control list', async () => {
    const open = Object.values(w.state().transfers).filter((t) => t.uid === DEMO.reseller.uid && t.state !== 'TRANSFER_PROCESSED_SUCCESSFULLY' && t.state !== 'CANCELLED');
    expect((await dmapi.domainTransferList(w.client)).map((t) => t.domain).sort()).toEqual(open.map((t) => t.domain).sort());
  });
});

describe('sessions and failures against the sandbox', () => {
  it('ten concurrent calls on an expired session cause exactly one login', async () => {
    const c = new DmapiClient({ transport: createTransport({ baseUrl: w.sandbox.url }), credential: { apiKey: 'sandbox-modify-key' } });
    await c.relogin();
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '3700' });
    const since = await lastLogId(w.sandbox.url);
    const rows = await Promise.all(Array.from({ length: 10 }, () => dmapi.queryDomainList(c, { pattern: 'a*' })));
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
    const log = await logSince(w.sandbox.url, since);
    expect(log.filter((l) => l.request === 'login')).toHaveLength(1);
    expect(log.filter((l) => l.request === 'query-domain-list' && l.httpStatus === 401)).toHaveLength(10);
  });

  it('a write rejected as unauthenticated is repeated once after re-login', async () => {
    const since = await lastLogId(w.sandbox.url);
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'domain-renew', mode: 'expire-session', count: 1 });
    const r = await dmapi.domainRenew(w.client, { domain: w.spare[0] as string, period: 12 });
    expect(r.procId).toMatch(/^\d+$/);
    const log = (await logSince(w.sandbox.url, since)).filter((l) => l.request === 'domain-renew' || l.request === 'login');
    expect(log.map((l) => [l.request, l.httpStatus])).toEqual([['domain-renew', 401], ['login', 200], ['domain-renew', 200]]);
  });

  it('a write that failed in transport is not repeated; a read is, once', async () => {
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'domain-renew', mode: 'http500', count: 1 });
    let since = await lastLogId(w.sandbox.url);
    await expect(dmapi.domainRenew(w.client, { domain: w.spare[1] as string, period: 12 })).rejects.toBeInstanceOf(DmapiTransportError);
    expect((await logSince(w.sandbox.url, since)).filter((l) => l.request === 'domain-renew')).toHaveLength(1);
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'query-profile', mode: 'garbage', count: 1 });
    since = await lastLogId(w.sandbox.url);
    expect((await dmapi.queryProfile(w.client)).fields['email']).toBe('reseller@sandbox.test');
    expect((await logSince(w.sandbox.url, since)).filter((l) => l.request === 'query-profile')).toHaveLength(2);
  });

  it('a read that timed out is retried once; a connection reset likewise', async () => {
    const c = new DmapiClient({ transport: createTransport({ baseUrl: w.sandbox.url, timeoutMs: 500 }), credential: { apiKey: 'sandbox-full-key' } });
    await c.relogin();
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'query-account-balance', mode: 'timeout', count: 1 });
    expect((await dmapi.queryAccountBalance(c)).currency).toMatch(/^[A-Z]{3}$/);
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'query-account-balance', mode: 'reset', count: 1 });
    expect((await dmapi.queryAccountBalance(c)).currency).toMatch(/^[A-Z]{3}$/);
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'domain-lock', mode: 'reset', count: 1 });
    const since = await lastLogId(w.sandbox.url);
    await expect(dmapi.domainLock(c, { domain: w.spare[6] as string })).rejects.toBeInstanceOf(DmapiTransportError);
    expect((await logSince(w.sandbox.url, since)).filter((l) => l.request === 'domain-lock')).toHaveLength(1);
  });

  it('logout ends the session', async () => {
    const c = new DmapiClient({ transport: createTransport({ baseUrl: w.sandbox.url }), credential: { apiKey: 'sandbox-full-key' } });
    const s = await c.relogin();
    await c.logout();
    await expect(createTransport({ baseUrl: w.sandbox.url }).call('query-profile', { 'auth-sid': s.authSid })).rejects.toBeInstanceOf(DmapiAuthError);
  });
});
