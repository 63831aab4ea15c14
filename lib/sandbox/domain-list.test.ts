import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { call, login } from './test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 60 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('query-domain-list', () => {
  it('sorted `domain YYYY-MM-DD` rows, no trailing newline, no Tracking-Id', async () => {
    const r = await call(sb.url, 'query-domain-list', { 'auth-sid': sid }, 'GET');
    expect(r.headers['Columns']).toBe('domain,expiration_date');
    expect(r.headers['Tracking-Id']).toBeUndefined();
    expect(r.headers['Version']).toBe('1.2.53');
    expect(r.body.endsWith('\n')).toBe(false);
    const names = r.body.split('\n').map((l) => l.split(' ')[0] ?? '');
    expect(names).toHaveLength(60);
    expect(names).toEqual([...names].sort());
    expect(r.body.split('\n').every((l) => /^[a-z0-9.-]+ \d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
  });

  it('pattern, from/to, showstatus and showprivacy', async () => {
    const all = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid })).body.split('\n');
    const window = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, from: '3', to: '5' });
    expect(window.body.split('\n')).toEqual(all.slice(2, 5));
    const com = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: '*.COM' });
    expect(com.body.split('\n').every((l) => /\.com /.test(l))).toBe(true);
    const status = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, showstatus: '1', showprivacy: '1' });
    expect(status.headers['Columns']).toBe('domain,expiration_date,domain_status,privacy-status,privacy-origin,privacy-expiration');
    const rows = status.body.split('\n').map((l) => l.split(' '));
    expect(rows.every((r) => r.length === 6 && /^production(,lock)?(,autorenew)?$/.test(r[2] ?? ''))).toBe(true);
    expect(rows.some((r) => r[2]?.includes('lock'))).toBe(true);
    expect(rows.some((r) => r[3] === 'basic' || r[3] === 'pro')).toBe(true);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, from: 'x' })).all('Error')).toEqual(['from: must be a positive whole number (position in the list)']);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: 'nothing-matches-*' })).body).toBe('');
  });

  it('a change shows in the very next list (answer cache and row memo follow the domain)', async () => {
    const q = { 'auth-sid': sid, showstatus: '1', showgrants: '1', showprivacy: '1' };
    const before = (await call(sb.url, 'query-domain-list', q)).body;
    const d = [...sb.engine.state.domains.values()].find((x) => x.uid === '118472' && !x.locked);
    if (!d) throw new Error('no unlocked domain');
    expect((await call(sb.url, 'domain-lock', { 'auth-sid': sid, domain: d.name })).headers['Status-Code']).toBe('0');
    const after = (await call(sb.url, 'query-domain-list', q)).body;
    const line = (body: string) => body.split('\n').find((l) => l.startsWith(`${d.name} `)) ?? '';
    expect(line(before).split(' ')[2]).not.toContain('lock');
    expect(line(after).split(' ')[2]).toContain('lock');
  });

  it('the customer sees only its own domains, and granted ones with showgrants=1', async () => {
    const csid = await login(sb.url, 'sandbox-customer-key');
    const own = await call(sb.url, 'query-domain-list', { 'auth-sid': csid });
    expect(own.body.split('\n')).toHaveLength(6);
    const granted = await call(sb.url, 'query-domain-list', { 'auth-sid': csid, showgrants: '1' });
    const rows = granted.body.split('\n').map((l) => l.split(' '));
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r[2] !== '@creator').map((r) => r[2]).sort()).toEqual(['@admin', '@billing', '@tech']);
  });
});
