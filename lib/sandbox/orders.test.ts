import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
const procs: string[] = [];
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20 });
  sid = await login(sb.url);
  const contact = (tld: string) => Object.values(sb.engine.state.contacts).find((c) => c.tld === tld && c.uid === '118472')?.handle ?? '';
  for (const [domain, tld] of [['filter-one.com', 'com'], ['filter-two.de', 'de'], ['filter-three.com', 'com']] as const) {
    const h = contact(tld);
    const r = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain, period: '12', 'owner-c': h, 'admin-c': h, 'tech-c': h, 'billing-c': h, 'ns-list': 'a.ns.joker.com:b.ns.joker.com', ...(tld === 'com' ? { privacy: 'pro' } : {}) });
    procs.push(r.headers['Proc-ID'] ?? '');
  }
  await advance(sb.url, 3);
});
afterAll(() => sb.close());

const rows = async (params: Record<string, string>) => {
  const r = await call(sb.url, 'query-order-list', { 'auth-sid': sid, ...params });
  expect(r.headers['Status-Code']).toBe('1000');
  return r.body.trim() ? r.body.trim().split('\n').map((l) => l.split('\t')) : [];
};

describe('query-order-list filters', () => {
  it('tld, fqdn, type (privacy orders), proc-id and proc-id ranges', async () => {
    expect((await rows({ tld: 'de' })).map((r) => r[8])).toEqual(['filter-two.de']);
    expect((await rows({ fqdn: 'FILTER-ONE.com' })).map((r) => r[4]).sort()).toEqual(['create', 'privacy_pp2']);
    expect((await rows({ type: 'privacy_pp2' })).map((r) => r[8])).toEqual(['filter-three.com', 'filter-one.com']);
    expect((await rows({ 'proc-id': procs[1] ?? '' })).map((r) => r[8])).toEqual(['filter-two.de']);
    expect((await rows({ 'proc-id-after': procs[1] ?? '', 'proc-id-before': procs[2] ?? '', type: 'create' })).map((r) => r[8])).toEqual(['filter-three.com', 'filter-two.de']);
    expect((await rows({ 'order-id-after': '1', limit: '2', asc: '1' })).length).toBe(2);
  });

  it('status, before, show-all and a refund as a negative amount', async () => {
    expect(await rows({ status: 'pending' })).toEqual([]);
    expect((await call(sb.url, 'query-order-list', { 'auth-sid': sid, status: 'done' })).all('Error')[0]).toMatch(/^status: /);
    expect((await call(sb.url, 'query-order-list', { 'auth-sid': sid, before: '2024/01/01' })).all('Error')[0]).toMatch(/^before: /);
    const yesterday = new Date(sb.engine.clock.now() - 86400_000).toISOString().slice(0, 10);
    expect((await rows({ before: yesterday })).some((r) => r[8]?.startsWith('filter-'))).toBe(false);
    // Refunds within 72 h are for gTLDs only: the .com create and its privacy come back, the .de fee does not.
    await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: 'filter-two.de' });
    await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: 'filter-three.com' });
    const refund = await rows({ type: 'delete_domain', 'show-all': '1' });
    expect(refund.map((r) => [r[5], r[8]])).toEqual([['-12.89', 'filter-three.com'], ['0', 'filter-two.de']]);
    // A forced delete of an old domain is a zero-amount order: hidden by default, listed with show-all=1.
    const old = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472' && d.createdAt < sb.engine.clock.now() - 80 * 3600_000 && !Object.keys(sb.engine.state.hosts).some((h) => h.endsWith(`.${d.name}`)));
    if (!old) throw new Error('no old domain');
    expect((await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: old.name, force: '1' })).headers['Status-Code']).toBe('0');
    expect((await rows({ fqdn: old.name })).length).toBe(0);
    expect((await rows({ fqdn: old.name, 'show-all': '1' })).map((r) => [r[4], r[5], r[7]])).toEqual([['delete_domain', '0', '-']]);
  });
});
