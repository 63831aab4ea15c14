import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from './server';
import { advance, call, login } from './test-helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence with a data dir', () => {
  it('keeps registrations, money, results, sessions and the clock across a restart', { timeout: 120_000 }, async () => {
    const first = await startSandbox({ port: 0, dataDir: dir, domains: 15 });
    const sid = await login(first.url);
    const owner = Object.values(first.engine.state.contacts).find((c) => c.tld === 'com' && c.uid === '118472')?.handle ?? '';
    const reg = await call(first.url, 'domain-register', { 'auth-sid': sid, domain: 'survives-restart.com', period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com' });
    expect(reg.headers['Status-Code']).toBe('0');
    // Changes to seeded domains: only the touched snapshot buckets are rewritten, and they must survive.
    const candidates = [...first.engine.state.domains.values()].filter((d) => d.uid === '118472' && !Object.keys(first.engine.state.hosts).some((h) => h.endsWith(`.${d.name}`)));
    const renewed = candidates.find((d) => first.engine.state.prices[d.tld]?.renew[2] !== undefined);
    const deleted = candidates.find((d) => d !== renewed);
    if (!renewed || !deleted) throw new Error('seed too small');
    expect((await call(first.url, 'domain-renew', { 'auth-sid': sid, domain: renewed.name.toUpperCase(), period: '24' })).headers['Status-Code']).toBe('0');
    const renewedExpiry = renewed.expiresAt;
    const del = await call(first.url, 'domain-delete', { 'auth-sid': sid, domain: deleted.name, force: '1' });
    expect(del.headers['Status-Code']).toBe('0');
    await advance(first.url, 3);
    const balance = (await call(first.url, 'query-account-balance', { 'auth-sid': sid })).body;
    const clock = Date.parse(((await (await fetch(`${first.url}/_sandbox/clock`)).json()) as { now: string }).now);
    await first.close();

    const second = await startSandbox({ port: 0, dataDir: dir, domains: 15 });
    try {
      expect(second.seedSeconds).toBe(0); // loaded, not reseeded
      const list = await call(second.url, 'query-domain-list', { 'auth-sid': sid, pattern: 'survives-*' });
      expect(list.http).toBe(200);
      expect(list.body).toMatch(/^survives-restart\.com \d{4}-\d\d-\d\d$/);
      expect((await call(second.url, 'query-account-balance', { 'auth-sid': sid })).body).toBe(balance);
      expect(second.engine.state.domains.get(renewed.name)?.expiresAt).toBe(renewedExpiry);
      expect(second.engine.state.domains.has(deleted.name)).toBe(false);
      expect(second.engine.state.domains.size).toBe(15 + 6); // seeded + customer's + registered − deleted
      expect((await call(second.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': reg.headers['Proc-ID'] ?? '' })).body).toContain('Completion-Status: ack');
      const now = Date.parse(((await (await fetch(`${second.url}/_sandbox/clock`)).json()) as { now: string }).now);
      expect(now).toBeGreaterThanOrEqual(clock);
      // Proc-IDs keep rising after the restart.
      const again = await call(second.url, 'domain-register', { 'auth-sid': sid, domain: 'after-restart.com', period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com' });
      expect(Number(again.headers['Proc-ID'])).toBe(Number(del.headers['Proc-ID']) + 1);
    } finally {
      await second.close();
    }
    // Asking for another size reseeds instead of loading.
    const third = await startSandbox({ port: 0, dataDir: dir, domains: 9 });
    try {
      expect(third.seedSeconds).toBeGreaterThan(0);
      expect(third.engine.state.domains.has('survives-restart.com')).toBe(false);
    } finally {
      await third.close();
    }
  });

  it('the same seed gives the same portfolio, another seed a different one', async () => {
    const a = await startSandbox({ memory: true, port: 0, domains: 50, seed: 7 });
    const b = await startSandbox({ memory: true, port: 0, domains: 50, seed: 7 });
    const c = await startSandbox({ memory: true, port: 0, domains: 50, seed: 8 });
    try {
      const list = async (url: string) => (await call(url, 'query-domain-list', { 'auth-sid': await login(url), showstatus: '1' })).body;
      const [la, lb, lc] = [await list(a.url), await list(b.url), await list(c.url)];
      expect(la).toBe(lb);
      expect(la).not.toBe(lc);
      expect(la.split('\n')).toHaveLength(50);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
