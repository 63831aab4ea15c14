import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 120 });
});
afterAll(() => sb.close());

describe('expiration on the sandbox clock', () => {
  it('seeds domains in every reminder bucket and in grace', () => {
    const now = sb.engine.clock.now();
    const days = [...sb.engine.state.domains.values()].map((d) => (d.expiresAt - now) / 86400_000);
    expect(days.some((d) => d > 0 && d <= 7)).toBe(true);
    expect(days.some((d) => d > 7 && d <= 30)).toBe(true);
    expect(days.some((d) => d < 0)).toBe(true);
  });

  it('autorenews at expiry (a renew order), deletes after grace without autorenew', async () => {
    const now = sb.engine.clock.now();
    const all = [...sb.engine.state.domains.values()].filter((d) => d.uid === '118472' && d.expiresAt > now);
    const auto = all.find((d) => d.autorenew && d.expiresAt < now + 60 * 86400_000);
    const manual = all.find((d) => !d.autorenew && d.expiresAt < now + 60 * 86400_000);
    if (!auto || !manual) throw new Error('seed lacks candidates');
    const autoExpiry = auto.expiresAt;
    await advance(sb.url, 95 * 86400);
    const sid = await login(sb.url);
    const list = await call(sb.url, 'query-domain-list', { 'auth-sid': sid });
    expect(list.body).toContain(`${auto.name} `);
    expect(new Date(auto.expiresAt).getUTCFullYear()).toBe(new Date(autoExpiry).getUTCFullYear() + 1);
    expect(list.body).not.toContain(`${manual.name} `);
    const orders = await call(sb.url, 'query-order-list', { 'auth-sid': sid, fqdn: auto.name, type: 'renew' });
    expect(orders.headers['Row-Count']).toBe('1');
  });
});
