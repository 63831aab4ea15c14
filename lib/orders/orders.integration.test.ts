import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type SandboxWorld } from '@/lib/dmapi/sandbox-world';
import { orderFiltersSchema } from '@/lib/schemas/orders';
import { ordersCsv } from './csv';
import { loadOrders } from './load';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.sandbox.close());

const filters = (v: Record<string, string>) => orderFiltersSchema.parse(v);

/** The sandbox's own CSV (query-order-list csv=1), straight from its HTTP endpoint. */
async function sandboxCsv(params: Record<string, string>): Promise<string[][]> {
  const login = await (await fetch(`${w.sandbox.url}/request/login?api-key=sandbox-full-key`)).text();
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const res = await fetch(`${w.sandbox.url}/request/query-order-list`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, csv: '1', ...params }) });
  return (await res.text()).trim().split('\n').slice(1).map((l) => l.split(','));
}

describe('orders', () => {
  it('lists the account’s orders of a 90-day window with totals per type, and the CSV holds the same orders as Joker’s', async () => {
    const now = new Date(w.sandbox.engine.clock.now());
    const after = new Date(now.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
    const before = now.toISOString().slice(0, 10);
    const view = await loadOrders(w.client, filters({ after, before }));
    const expected = w.state().orders.filter((o) => o.uid === w.state().orders.find(() => true)?.uid && o.amountCents !== 0 && o.at >= Date.parse(after));
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.length).toBe(expected.length);
    const sum = view.totals.reduce((s, t) => s + t.count, 0);
    expect(sum).toBe(view.rows.length);
    const ours = ordersCsv(view.rows).trim().split('\r\n').slice(1).map((l) => l.split(','));
    const joker = await sandboxCsv({ after, before });
    expect(ours.map((r) => [r[0], r[4], r[5]])).toEqual(joker.map((r) => [r[0], r[4], r[5]]));
  });

  it('filters by type and by a domain pattern (fqdn-like) as the DMAPI does', async () => {
    const all = await loadOrders(w.client, filters({ showAll: '1' }));
    const type = all.rows[0]?.type ?? 'create';
    const typed = await loadOrders(w.client, filters({ type, showAll: '1' }));
    expect(typed.rows.length).toBeGreaterThan(0);
    expect(typed.rows.every((r) => r.type === type)).toBe(true);
    const like = await loadOrders(w.client, filters({ fqdn: '*.com', showAll: '1' }));
    expect(like.rows.every((r) => (r.object ?? '').endsWith('.com'))).toBe(true);
  });

  it('refuses a window over 90 days with the reason instead of showing less', () => {
    const r = orderFiltersSchema.safeParse({ after: '2026-01-01', before: '2026-06-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at most 90 days/);
  });

  it('quotes CSV cells and defuses formulas', () => {
    const csv = ordersCsv([{ orderId: '1', procId: null, at: null, status: 'ok', type: 'create', amount: -5, amountNetto: -5, currency: 'EUR', object: '=cmd,"x"' }]);
    expect(csv.split('\r\n')[1]).toBe(`1,,,ok,create,-5.00,-5.00,EUR,"'=cmd,""x"""`);
  });
});
