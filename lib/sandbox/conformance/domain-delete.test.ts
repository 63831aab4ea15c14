/**
 * Sandbox conformance: domain-delete `type` = immediate | endoflife | transit, as Joker's reseller panel
 * offers them ("immediately", "on expiration date", "immediately with Transit/Withdraw procedure"), with the registrar
 * rules chosen in lib/sandbox/README.md "Beyond the seeds".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../clock';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import type { Domain } from '../state/types';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 40 });
});
afterAll(() => sb.close());

/** A seeded domain of the reseller without glue hosts (a host in use would block the deletion). */
function plain(pred: (d: Domain) => boolean): Domain {
  const hosts = Object.keys(sb.engine.state.hosts);
  return seededDomain(sb.engine.state, (d) => pred(d) && !hosts.some((h) => h.endsWith(`.${d.name}`)) && d.extra.deleteAtExpiry === undefined);
}
const check = async (sid: string, domain: string) => (await call(sb.url, 'domain-check', { 'auth-sid': sid, domain })).body;

describe('domain-delete type', () => {
  it('refuses an unknown type, and transit outside .de and .at', async () => {
    const sid = await login(sb.url);
    const d = plain((x) => x.tld === 'com');
    const bad = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, force: '1', type: 'later' });
    expect([bad.headers['Status-Code'], bad.all('Error')[0]]).toEqual(['2005', 'type: must be one of immediate, endoflife, transit']);
    const transit = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, force: '1', type: 'transit' });
    expect([transit.headers['Status-Code'], transit.all('Error')[0]]).toEqual(['2306', 'type: transit is only offered for .de and .at, not .com']);
    expect(sb.engine.state.domains.get(d.name)?.uid).toBe(DEMO.reseller.uid);
  });

  it('immediate (the default): an older domain goes into redemption at once, restorable', async () => {
    const sid = await login(sb.url);
    const d = plain((x) => x.tld === 'net');
    expect((await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, type: 'immediate' })).all('Error')[0]).toMatch(/^force: /);
    expect((await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, type: 'immediate', force: '1' })).headers['Status-Code']).toBe('0');
    expect(sb.engine.state.domains.has(d.name)).toBe(false);
    expect(await check(sid, d.name)).toContain('domain-status-reason: redemption\n');
  });

  it('transit: a .de domain leaves the account at once, is not restorable and stays taken for 30 days', async () => {
    const sid = await login(sb.url);
    const d = plain((x) => x.tld === 'de');
    const before = sb.engine.state.orders.length;
    const r = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, type: 'transit', force: '1' });
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(sb.engine.state.domains.has(d.name)).toBe(false);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: d.name })).body).toBe('');
    expect(await check(sid, d.name)).toContain('domain-status: unavailable\ndomain-status-reason: transit\n');
    expect((await call(sb.url, 'domain-redeem', { 'auth-sid': sid, domain: d.name })).headers['Status-Code']).toBe('2303');
    // No refund: one free delete order.
    expect(sb.engine.state.orders.slice(before).map((o) => [o.type, o.amountCents])).toEqual([['delete_domain', 0]]);
    await advance(sb.url, 3);
    const row = (await call(sb.url, 'result-list', { 'auth-sid': sid, procid: r.headers['Proc-ID'] ?? '' })).body.split(' ');
    expect([row[3], row[4], row[5]]).toEqual(['domain-delete', d.name, 'ack']);
  });

  it('endoflife: the domain stays until its expiration date with autorenew off, then goes into redemption', async () => {
    let sid = await login(sb.url);
    const now = sb.engine.clock.now();
    const soonest = [...sb.engine.state.domains.values()]
      .filter((x) => x.uid === DEMO.reseller.uid && x.expiresAt > now + DAY && x.autorenew)
      .sort((a, b) => a.expiresAt - b.expiresAt)
      .map((x) => x.name);
    const d = plain((x) => soonest.slice(0, 10).includes(x.name));
    const r = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, type: 'endoflife', force: '1' });
    expect(r.all('Error')).toEqual([]);
    const again = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: d.name, type: 'endoflife', force: '1' });
    expect(again.headers['Status-Code']).toBe('2304');
    await advance(sb.url, 3);
    const listed = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: d.name, showstatus: '1' })).body;
    expect(listed.startsWith(`${d.name} `)).toBe(true);
    expect(listed).not.toContain('autorenew');
    const retrieved = (await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': r.headers['Proc-ID'] ?? '' })).body;
    expect(retrieved).toContain(`deletion-date: ${new Date(d.expiresAt).toISOString().slice(0, 10)}\n`);
    // Just before its expiration date it is still there; just after, it is in redemption (no 30-day grace).
    await advance(sb.url, Math.floor((d.expiresAt - sb.engine.clock.now()) / 1000) - 60);
    expect(sb.engine.state.domains.get(d.name)?.uid).toBe(DEMO.reseller.uid);
    await advance(sb.url, 120);
    expect(sb.engine.state.domains.has(d.name)).toBe(false);
    sid = await login(sb.url);
    expect(await check(sid, d.name)).toContain('domain-status-reason: redemption\n');
    expect(sb.engine.state.outbox.some((m) => m.domain === d.name && /endoflife/.test(m.body))).toBe(true);
  });
});
