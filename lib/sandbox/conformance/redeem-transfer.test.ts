/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): domain-redeem (the redemption restore) and
 * domain-transfer-in (the "trivial" transfer), requests the live server has beyond the seeds (lib/sandbox/README.md
 * "Beyond the seeds").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../clock';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const balance = () => sb.engine.state.accounts[DEMO.reseller.uid]?.balanceCents ?? 0;
/** The restore price as the price list states it (operation rgp, 1 year). */
async function rgpPrice(tld: string): Promise<number> {
  const body = (await call(sb.url, 'query-price-list', { 'auth-sid': sid })).body;
  const row = body.split('\n').map((l) => l.split('\t')).find((f) => f[0] === 'domain' && f[1] === 'rgp' && f[2] === tld);
  return Math.round(Number(row?.[5]) * 100);
}

describe('domain-redeem', () => {
  it('the seeded world holds domains in redemption: listed nowhere, available to nobody', async () => {
    const names = Object.keys(sb.engine.state.redemptions);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const listed = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid })).body;
    for (const name of names) {
      expect(listed).not.toContain(`${name} `);
      expect((await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: name })).body).toContain('domain-status: unavailable\ndomain-status-reason: redemption\n');
    }
  });

  it('restores a domain in redemption at the price list\'s restore price, queued, and lists it again', async () => {
    const [name, r] = Object.entries(sb.engine.state.redemptions).find(([n]) => n.endsWith('.com')) ?? [];
    const expiredAt = r?.domain.expiresAt ?? 0;
    const price = await rgpPrice('com');
    expect(price).toBeGreaterThan(0);
    const before = balance();
    for (const key of ['sandbox-readonly-key', 'sandbox-modify-key']) {
      expect((await call(sb.url, 'domain-redeem', { 'auth-sid': await login(sb.url, key), domain: name ?? '' })).headers['Status-Code']).toBe('2202');
    }
    const redeem = await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: name ?? '' });
    expect(redeem.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(before - balance()).toBe(price);
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: name ?? '' })).headers['Status-Code']).toBe('2302');
    await advance(sb.url, 3);
    const row = (await call(sb.url, 'result-list', { 'auth-sid': sid, rtype: 'domain-r*', objid: name ?? '' })).body.split(' ');
    expect([row[3], row[5]]).toEqual(['domain-redeem', 'ack']);
    const listed = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: name ?? '' })).body;
    const expires = Date.parse(listed.split(' ')[1] ?? '');
    // It had expired before it was deleted: the restore brings it back renewed into the future.
    expect(expiredAt).toBeLessThan(sb.engine.clock.now());
    expect(expires).toBeGreaterThan(sb.engine.clock.now());
    expect(sb.engine.state.redemptions[name ?? '']).toBeUndefined();
    const orders = sb.engine.state.orders.filter((o) => o.object === name && o.type === 'restore');
    expect(orders.map((o) => o.amountCents)).toEqual([price]);
  });

  it('refuses a live domain, an unknown one and another account\'s', async () => {
    const live = seededDomain(sb.engine.state, (x) => x.tld === 'com').name;
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: live })).headers['Status-Code']).toBe('2304');
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: 'never-registered.com' })).headers['Status-Code']).toBe('2303');
    const theirs = Object.keys(sb.engine.state.redemptions)[0] ?? '';
    const csid = await login(sb.url, 'sandbox-customer-key');
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': csid, domain: theirs })).headers['Status-Code']).toBe('2303');
  });

  it('a deleted domain enters redemption, can be redeemed, and is purged 30 days after deletion', async () => {
    const hosts = Object.keys(sb.engine.state.hosts);
    const [a, b] = [...sb.engine.state.domains.values()].filter((d) => d.uid === DEMO.reseller.uid && d.tld === 'net' && !hosts.some((h) => h.endsWith(`.${d.name}`)));
    for (const d of [a, b]) expect((await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d?.name ?? '', force: '1' })).all('Error')).toEqual([]);
    expect(Object.keys(sb.engine.state.redemptions)).toEqual(expect.arrayContaining([a?.name, b?.name]));
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: a?.name ?? '' })).headers['Status-Code']).toBe('0');
    await advance(sb.url, 3);
    expect(sb.engine.state.domains.get(a?.name ?? '')?.uid).toBe(DEMO.reseller.uid);
    await advance(sb.url, 30 * DAY / 1000 + 60);
    expect(sb.engine.state.redemptions[b?.name ?? '']).toBeUndefined();
    const s2 = await login(sb.url);
    expect((await call(sb.url, 'domain-check', { 'auth-sid': s2, domain: b?.name ?? '' })).body).toContain('domain-status: available');
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': s2, domain: b?.name ?? '' })).headers['Status-Code']).toBe('2303');
  });
});

describe('domain-transfer-in (trivial transfer)', () => {
  it('takes domain, auth-id and billing-c only, and shows in result-list as domain-transfer-in', async () => {
    const s = await login(sb.url);
    const theirs = [...sb.engine.state.domains.values()].find((d) => d.uid === DEMO.customer.uid && d.tld === 'com');
    if (!theirs) throw new Error('the customer has no .com domain');
    theirs.locked = false;
    theirs.transferLockUntil = null;
    const billing = seededDomain(sb.engine.state, (x) => x.tld === 'com').billingC;
    expect((await call(sb.url, 'domain-transfer-in', { 'auth-sid': s, domain: theirs.name, 'transfer-auth-id': theirs.authId })).all('Error')).toEqual(['billing-c: missing required parameter']);
    const r = await call(sb.url, 'domain-transfer-in', { 'auth-sid': s, domain: theirs.name, 'transfer-auth-id': theirs.authId, 'billing-c': billing, 'owner-email': 'owner@example.test' });
    expect(r.all('Error')).toEqual([]);
    const row = (await call(sb.url, 'result-list', { 'auth-sid': s, procid: r.headers['Proc-ID'] ?? '', pending: '1' })).body.split(' ');
    expect([row[3], row[4], row[5]]).toEqual(['domain-transfer-in', theirs.name, '?']);
    const t = sb.engine.state.transfers[theirs.name];
    expect(t?.request).toMatchObject({ 'owner-c': billing, 'admin-c': billing, 'tech-c': billing, 'billing-c': billing });
    expect(t?.ownerEmail).toBe('owner@example.test');
    await advance(sb.url, 6 * DAY / 1000);
    expect(sb.engine.state.domains.get(theirs.name)?.uid).toBe(DEMO.reseller.uid);
  });
});
