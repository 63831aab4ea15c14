import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
let owner: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 40 });
  sid = await login(sb.url);
  owner = Object.values(sb.engine.state.contacts).find((c) => c.tld === 'com' && c.uid === '118472')?.handle ?? '';
});
afterAll(() => sb.close());

const reg = (extra: Record<string, string> = {}) => ({
  'auth-sid': sid, domain: 'brand-new-name.com', period: '12', status: 'production',
  'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com', ...extra,
});

describe('domain-check', () => {
  it('reports available with the promo price, premium with class, unavailable with reason', async () => {
    const a = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'free-name-xyz.com' });
    expect(a.headers['Status-Code']).toBe('1000');
    expect(a.body).toMatch(/^domain-status: available\ndomain-class: standard\ndomain-price-create: 6\.99 EUR 1y\ndomain-price-promo: \S+Z \S+Z\n$/);
    const p = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'cars.com', 'check-price': 'create', period: '2' });
    expect(p.body).toContain('domain-status: premium\ndomain-class: premium-3\ndomain-price-create: 5000.00 EUR 2y');
    const u = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'example.com' });
    expect(u.body).toContain('domain-status: unavailable\ndomain-status-reason: registered');
    const bad = await call(sb.url, 'domain-check', { 'auth-sid': sid, domain: 'x.nosuchtld' });
    expect(bad.all('Error')[0]).toMatch(/^domain: /);
  });
});

describe('domain-register', () => {
  it('names every missing field in its own Error line', async () => {
    const r = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'a-b.com' });
    expect(r.headers['Status-Code']).toBe('2003');
    // admin-c, tech-c and billing-c default to owner-c (lib/sandbox/README.md "Beyond the seeds"): not named here.
    expect(r.all('Error')).toEqual(['period: missing required parameter', 'owner-c: missing required parameter', 'ns-list: missing required parameter']);
  });

  it('refuses unknown contacts, bad periods and uncreated in-zone name servers, naming the field', async () => {
    expect((await call(sb.url, 'domain-register', reg({ 'tech-c': 'CCOM-999999' }))).all('Error')).toEqual(['tech-c: contact CCOM-999999 does not exist']);
    expect((await call(sb.url, 'domain-register', reg({ period: '13' }))).all('Error')[0]).toMatch(/^period: /);
    const firstDomain = [...sb.engine.state.domains.keys()][0];
    expect((await call(sb.url, 'domain-register', reg({ 'ns-list': `ns9.${firstDomain}` }))).all('Error')[0]).toMatch(/^ns-list: name server ns9\./);
  });

  it('charges, queues with a rising Proc-ID, creates the domain on ack, and lists it', async () => {
    const before = sb.engine.state.accounts['118472']?.balanceCents ?? 0;
    const r1 = await call(sb.url, 'domain-register', reg());
    expect(r1.headers['Status-Code']).toBe('0');
    const proc = Number(r1.headers['Proc-ID']);
    expect(proc).toBeGreaterThan(0);
    expect(sb.engine.state.accounts['118472']?.balanceCents).toBe(before - 699);
    const pending = await call(sb.url, 'result-list', { 'auth-sid': sid, procid: String(proc), pending: '1' });
    expect(pending.body.split(' ')).toEqual([expect.stringMatching(/^\d{14}$/), r1.headers['Tracking-Id'], String(proc), 'domain-register', 'brand-new-name.com', '?', '-']);
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: 'brand-new-name.*' })).body).toBe('');
    await advance(sb.url, 3);
    const retrieved = await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': String(proc) });
    expect(retrieved.body).toContain('Completion-Status: ack\n');
    // autorenew was not sent: the account's default (user property autorenew, 1) applies.
    expect((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: 'brand-new-name.*', showstatus: '1' })).body).toMatch(/^brand-new-name\.com \d{4}-\d{2}-\d{2} production,autorenew$/);
    const again = await call(sb.url, 'domain-register', reg({ domain: 'second-new-one.com' }));
    expect(Number(again.headers['Proc-ID'])).toBe(proc + 1);
    // A new owner address starts a whois verification, mailed to the outbox.
    const mails = (await (await fetch(`${sb.url}/outbox`, { headers: { accept: 'application/json' } })).json()) as { mails: Array<{ kind: string; domain: string }> };
    expect(mails.mails.some((m) => m.kind === 'verification' && m.domain === 'brand-new-name.com')).toBe(true);
  });

  it('needs max-price for premium names, refuses @modify-only keys and short funds', async () => {
    expect((await call(sb.url, 'domain-register', reg({ domain: 'poker.net', 'owner-c': owner }))).all('Error')[0]).toMatch(/^max-price: required/);
    expect((await call(sb.url, 'domain-register', reg({ domain: 'poker.net', 'max-price': '10' }))).all('Error')[0]).toMatch(/^max-price: price is 900\.00 EUR/);
    const modify = await login(sb.url, 'sandbox-modify-key');
    const denied = await call(sb.url, 'domain-register', { ...reg(), 'auth-sid': modify, domain: 'nope-modify.com' });
    expect(denied.headers['Status-Code']).toBe('2202');
    const acc = sb.engine.state.accounts['118472'];
    if (!acc) throw new Error('no account');
    const saved = acc.balanceCents;
    acc.balanceCents = 100;
    const poor = await call(sb.url, 'domain-register', reg({ domain: 'too-poor.com' }));
    acc.balanceCents = saved;
    expect(poor.headers['Status-Code']).toBe('2104');
    expect(poor.all('Error')[0]).toMatch(/insufficient funds/);
  });
});

describe('domain-renew and domain-delete', () => {
  it('renews by period, refuses both period and expyear, and a second renew within 6 hours', async () => {
    const d = [...sb.engine.state.domains.values()].find((x) => x.uid === '118472' && x.tld === 'com');
    if (!d) throw new Error('no .com domain');
    const exp = d.expiresAt;
    const both = await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, period: '12', expyear: '2099' });
    expect(both.all('Error')).toEqual(['period: only one of period or expyear may be used', 'expyear: only one of period or expyear may be used']);
    const ok = await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, period: '12' });
    expect(ok.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(new Date(d.expiresAt).getUTCFullYear()).toBe(new Date(exp).getUTCFullYear() + 1);
    const twice = await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, period: '12' });
    expect(twice.headers['Status-Code']).toBe('2304');
    const noop = await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, expyear: String(new Date(d.expiresAt).getUTCFullYear()) });
    expect(noop.headers['Status-Code']).toBe('0');
    expect(noop.headers['Proc-ID']).toBeUndefined();
    await advance(sb.url, 6 * 3600 + 1);
    // The session has expired meanwhile (Session-Timeout 3600 on the sandbox clock).
    expect((await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, period: '12' })).http).toBe(401);
    sid = await login(sb.url);
    expect((await call(sb.url, 'domain-renew', { 'auth-sid': sid, domain: d.name, period: '12' })).headers['Status-Code']).toBe('0');
  });

  it('refunds a delete within 72 h and needs force after', async () => {
    const acc = sb.engine.state.accounts['118472'];
    const r = await call(sb.url, 'domain-register', reg({ domain: 'delete-me-soon.com' }));
    await advance(sb.url, 3);
    const afterCharge = acc?.balanceCents ?? 0;
    const del = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: 'delete-me-soon.com' });
    expect(del.headers['Status-Code']).toBe('0');
    expect(acc?.balanceCents).toBe(afterCharge + 699);
    expect(r.headers['Proc-ID']).toBeDefined();
    const old = [...sb.engine.state.domains.values()].find((x) => x.uid === '118472' && x.createdAt < Date.now() - 80 * 3600_000 && !Object.keys(sb.engine.state.hosts).some((h) => h.endsWith(`.${x.name}`)));
    if (!old) throw new Error('no old domain');
    const refused = await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: old.name });
    expect(refused.all('Error')[0]).toMatch(/^force: /);
    expect((await call(sb.url, 'domain-delete', { 'auth-sid': sid, domain: old.name, force: 'Yes' })).headers['Status-Code']).toBe('0');
    expect(sb.engine.state.domains.has(old.name)).toBe(false);
  });

  it('@readonly keys cannot modify', async () => {
    const ro = await login(sb.url, 'sandbox-readonly-key');
    const r = await call(sb.url, 'domain-delete', { 'auth-sid': ro, domain: 'whatever.com' });
    expect(r.headers['Status-Code']).toBe('2202');
    expect(r.all('Error')[0]).toMatch(/@readonly/);
  });
});
