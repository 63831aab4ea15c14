import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('balance, profile, prices, promos', () => {
  it('query-account-balance is one TAB row with Columns and Separator', async () => {
    const r = await call(sb.url, 'query-account-balance', { 'auth-sid': sid });
    expect(r.headers['Status-Code']).toBe('1000');
    expect(r.headers['Columns']).toBe('available,pending,total,currency');
    expect(r.headers['Separator']).toBe('TAB');
    expect(r.body).toBe('250000.00\t0.00\t250000.00\tEUR\n');
  });

  it('query-profile is key: value lines', async () => {
    const r = await call(sb.url, 'query-profile', { 'auth-sid': sid });
    expect(r.body).toContain('customer-id: C-118472\n');
    expect(r.body).toContain('balance: 250000.00\n');
    expect(r.body).toContain('vat-id: DE123456789\n');
  });

  it('query-price-list and query-promos-list (current/upcoming, flex/exact)', async () => {
    const prices = await call(sb.url, 'query-price-list', { 'auth-sid': sid });
    expect(prices.body).toContain('domain\tcreate\tcom\tEUR\tEUR\t10.16\t20.32\t');
    expect(prices.body).toMatch(/^domain\trgp\tde\tEUR\tEUR\t19\.00(\tn\/a){9}\tn\/a\tn\/a$/m);
    const current = await call(sb.url, 'query-promos-list', { 'auth-sid': sid });
    const rows = current.body.trim().split('\n').map((l) => l.split('\t'));
    expect(current.headers['Columns']?.split(',').length).toBe(13);
    expect(rows.every((r) => r.length === 13)).toBe(true);
    expect(rows.map((r) => `${r[1]} ${r[2]} ${r[10]}`)).toEqual(['create com flex', 'create eu flex', 'renew info exact']);
    const upcoming = await call(sb.url, 'query-promos-list', { 'auth-sid': sid, type: 'upcoming', currency: 'USD' });
    // Netto: the charged 8.99 EUR without the account's 19% VAT, in USD (8.99 / 1.19 × 1.08).
    expect(upcoming.body).toMatch(/^domain\ttransfer\tnet\tUSD\t0\.19\t8\.16\t/);
    // Netto × (1 + VAT) is what the account is charged (6.99 EUR for a .com registration under the promo).
    const com = rows.find((r) => r[2] === 'com');
    expect(com?.slice(4, 7)).toEqual(['0.19', '5.87', '8.54']);
    expect(Math.round(Number(com?.[5]) * 1.19 * 100) / 100).toBe(6.99);
    // VAT follows the country asked about; the netto price does not.
    const us = await call(sb.url, 'query-promos-list', { 'auth-sid': sid, country: 'US' });
    expect(us.body.split('\n').find((l) => l.includes('\tcom\t'))?.split('\t').slice(4, 6)).toEqual(['0', '5.87']);
    expect((await call(sb.url, 'query-promos-list', { 'auth-sid': sid, type: 'soon' })).all('Error')[0]).toMatch(/^type: /);
  });

  it('the exact promo applies only to its exact period', async () => {
    const two = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'promo-exact.info', 'check-price': 'renew', period: '24' });
    expect(two.body).toContain('domain-price-renew: 29.90 EUR 2y');
    const three = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'promo-exact.info', 'check-price': 'renew', period: '36' });
    expect(three.body).toContain('domain-price-renew: 65.70 EUR 3y');
  });
});

describe('query-order-list', () => {
  it('lists charges newest first with the documented columns; filters by type, fqdn-like, order ids', async () => {
    const owner = Object.values(sb.engine.state.contacts).find((c) => c.tld === 'com' && c.uid === '118472')?.handle ?? '';
    for (const domain of ['orders-a.com', 'orders-b.com']) {
      await call(sb.url, 'domain-register', { 'auth-sid': sid, domain, period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com' });
    }
    const r = await call(sb.url, 'query-order-list', { 'auth-sid': sid, type: 'create', 'fqdn-like': 'orders-*.com' });
    expect(r.headers['Columns']).toBe('order_id,proc_id,created_at,status,type,amount_brutto,amount_netto,currency,identifier');
    expect(r.headers['Row-Count']).toBe('2');
    const rows = r.body.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((x) => x[8])).toEqual(['orders-b.com', 'orders-a.com']);
    expect(rows[0]).toEqual([expect.stringMatching(/^\d{8}$/), expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), 'ok', 'create', '6.99', '6.99', 'EUR', 'orders-b.com']);
    const firstId = rows[1]?.[0] ?? '';
    const asc = await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'order-id-after': firstId, asc: '1', separator: 'semicolon', 'num-comma': '1' });
    expect(asc.headers['Separator']).toBe('SEMICOLON');
    expect(asc.body.split('\n')[0]).toBe(`${firstId};${rows[1]?.[1]};${rows[1]?.[2]};ok;create;6,99;6,99;EUR;orders-a.com`);
    expect((await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'num-comma': '1', separator: 'comma' })).all('Error')[0]).toMatch(/^num-comma: /);
  });

  it('count-only, paging, csv without DMAPI headers, and the 30-day default window', async () => {
    const all = await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'show-all': '1' });
    const total = Number(all.headers['Row-Count']);
    expect(total).toBeGreaterThan(2);
    const count = await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'show-all': '1', 'count-only': '1' });
    expect(count.headers['Row-Count']).toBe(String(total));
    const page2 = await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'show-all': '1', 'per-page': '10', page: '2' });
    expect(page2.body.trim() ? page2.body.trim().split('\n').length : 0).toBe(Math.max(0, Math.min(10, total - 10)));
    expect((await call(sb.url, 'query-order-list', { 'auth-sid': sid, 'per-page': '5' })).all('Error')[0]).toMatch(/^per-page: /);
    const csv = await fetch(`${sb.url}/request/query-order-list?auth-sid=${sid}&csv=1`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.startsWith('order_id,proc_id,created_at,status,type,amount_brutto,amount_netto,currency,identifier\n')).toBe(true);
    expect(text).not.toContain('Status-Code');
    // The seeded top-up 80 days ago is outside the default 30-day window but inside an explicit one.
    expect(all.body).not.toContain('credit-increase');
    const d = new Date(Date.now() - 85 * 86400_000).toISOString().slice(0, 10);
    expect((await call(sb.url, 'query-order-list', { 'auth-sid': sid, after: d, type: 'credit-increase' })).body).toContain('credit-increase');
  });
});

describe('results', () => {
  it('filters result-list, counts, deletes content but keeps status, purges content after 30 days', async () => {
    await advance(sb.url, 3); // let the registrations above complete
    const history = await call(sb.url, 'result-list', { 'auth-sid': sid });
    const lines = history.body.split('\n');
    expect(lines.every((l) => l.split(' ').length === 7)).toBe(true);
    const nacks = await call(sb.url, 'result-list', { 'auth-sid': sid, status: 'nack' });
    expect(nacks.body.split('\n').every((l) => l.split(' ')[5] === 'nack')).toBe(true);
    const count = await call(sb.url, 'result-list', { 'auth-sid': sid, rtype: 'domain-*', 'count-only': '1' });
    expect(count.body).toMatch(/^Records: \d+\n$/);
    const limited = await call(sb.url, 'result-list', { 'auth-sid': sid, offset: '2', limit: '3' });
    expect(limited.body.split('\n')).toEqual(lines.slice(2, 5));
    const procId = lines.at(-1)?.split(' ')[2] ?? '';
    expect((await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': procId })).body).toContain('Completion-Status: ');
    expect((await call(sb.url, 'result-delete', { 'auth-sid': sid, 'proc-id': procId })).headers['Status-Code']).toBe('0');
    expect((await call(sb.url, 'result-list', { 'auth-sid': sid, procid: procId })).body).toBe('');
    expect((await call(sb.url, 'result-list', { 'auth-sid': sid, procid: procId, showall: '1' })).body).toContain(` ${procId} `);
    expect((await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': procId })).body).toMatch(/^Completion-Status: n?ack\n$/);
    expect((await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': '999999' })).all('Error')[0]).toMatch(/^proc-id: /);
    // 30-day retention: an old result keeps its status but loses its content.
    const firstProc = lines[0]?.split(' ')[2] ?? '';
    await advance(sb.url, 31 * 86400);
    const sid2 = await login(sb.url);
    expect((await call(sb.url, 'result-retrieve', { 'auth-sid': sid2, 'proc-id': firstProc })).body).toMatch(/^Completion-Status: n?ack\n$/);
  });
});
