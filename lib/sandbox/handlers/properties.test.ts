import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';
import { DEMO } from '../seed/catalog';
import type { Domain } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
const RESELLER = DEMO.reseller.uid;

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 5 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const mine = (pred: (d: Domain) => boolean): Domain => seededDomain(sb.engine.state, pred);
const used = new Set<string>();
/** A reseller domain without privacy under a TLD that sells it, not used by an earlier test. */
const noPrivacy = (): Domain => {
  const d = mine((x) => x.privacy === 'none' && ['com', 'net', 'org', 'info'].includes(x.tld) && !used.has(x.name));
  used.add(d.name);
  return d;
};

describe('domain-lock / domain-unlock', () => {
  it('locks, queues with a Proc-ID, shows in query-domain-list and refuses a second lock', async () => {
    const d = mine((x) => !x.locked);
    const r = await req('domain-lock', { domain: d.name });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    const list = await req('query-domain-list', { pattern: d.name, showstatus: '1' });
    expect(list.body).toContain('lock');
    const again = await req('domain-lock', { domain: d.name });
    expect(again.headers['Status-Code']).toBe('2304');
    expect(again.all('Error')[0]).toMatch(/^domain: /);
    await advance(sb.url, 5);
    expect((await req('result-retrieve', { 'proc-id': r.headers['Proc-ID'] ?? '' })).body).toContain('Completion-Status: ack');
    expect((await req('domain-unlock', { domain: d.name })).headers['Status-Code']).toBe('0');
    expect(d.locked).toBe(false);
  });
  it('names the missing domain and refuses @readonly keys', async () => {
    expect((await req('domain-lock')).all('Error')).toEqual(['domain: missing required parameter']);
    const ro = await login(sb.url, 'sandbox-readonly-key');
    const r = await req('domain-lock', { domain: mine(() => true).name }, ro);
    expect(r.headers['Status-Code']).toBe('2202');
  });
});

describe('domain-set-property / domain-get-property', () => {
  it('sets and reads autorenew as one `pname: value` line', async () => {
    const d = mine((x) => !x.autorenew);
    expect((await req('domain-set-property', { domain: d.name, pname: 'autorenew', pvalue: '1' })).headers['Status-Code']).toBe('0');
    const r = await req('domain-get-property', { domain: d.name, pname: 'autorenew' });
    expect(r.body).toBe('autorenew: 1\n');
    await req('domain-set-property', { domain: d.name, pname: 'autorenew', pvalue: '' });
    expect((await req('domain-get-property', { domain: d.name, pname: 'autorenew' })).body).toBe('autorenew: 0\n');
  });
  it('sets gdpr-opt-in over a wildcard pattern', async () => {
    const d = mine((x) => x.tld === 'com');
    const r = await req('domain-set-property', { domain: '*.com', pname: 'gdpr-opt-in', pvalue: '1' });
    expect(r.headers['Status-Code']).toBe('0');
    const coms = [...sb.engine.state.domains.values()].filter((x) => x.uid === RESELLER && x.tld === 'com');
    expect(coms.every((x) => x.gdprOptIn)).toBe(true);
    expect(d.gdprOptIn).toBe(true);
  });
  it('names bad pname and pvalue', async () => {
    const d = mine(() => true);
    expect((await req('domain-set-property', { domain: d.name, pname: 'colour', pvalue: '1' })).all('Error')[0]).toMatch(/^pname: /);
    expect((await req('domain-set-property', { domain: d.name, pname: 'autorenew', pvalue: 'yes' })).all('Error')[0]).toMatch(/^pvalue: /);
    expect((await req('domain-set-property', { domain: d.name, pname: 'autorenew' })).all('Error')[0]).toMatch(/^pvalue: /);
  });
  it('privacy switches only with a subscription (also as privacy=off, the 004 sample)', async () => {
    const without = noPrivacy();
    const r = await req('domain-set-property', { domain: without.name, pname: 'privacy', pvalue: 'basic' });
    expect(r.headers['Status-Code']).toBe('2304');
    await req('domain-privacy-order', { domain: without.name, privacy: 'pro' });
    expect((await req('domain-set-property', { domain: without.name, privacy: 'off' })).headers['Status-Code']).toBe('0');
    expect((await req('domain-get-property', { domain: without.name, pname: 'privacy' })).body).toBe('privacy: off\n');
    await req('domain-set-property', { domain: without.name, pname: 'privacy', pvalue: 'basic' });
    expect((await req('domain-get-property', { domain: without.name, pname: 'privacy' })).body).toBe('privacy: basic\n');
    await req('domain-set-property', { domain: without.name, pname: 'privacy', pvalue: 'pro' });
    expect((await req('domain-get-property', { domain: without.name, pname: 'privacy' })).body).toBe('privacy: pro\n');
  });
});

describe('domain-privacy-order', () => {
  it('orders for the remaining term by default, charging the account', async () => {
    const d = noPrivacy();
    const before = sb.engine.state.accounts[RESELLER]?.balanceCents ?? 0;
    const r = await req('domain-privacy-order', { domain: d.name, privacy: 'basic' });
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(d.privacyExpiresAt).toBe(d.expiresAt);
    expect(sb.engine.state.accounts[RESELLER]?.balanceCents).toBeLessThan(before);
    const list = await req('query-domain-list', { pattern: d.name, showprivacy: '1' });
    expect(list.body).toContain('basic');
  });
  it('extends by period from the subscription end; expyear already reached does nothing', async () => {
    const d = noPrivacy();
    await req('domain-privacy-order', { domain: d.name, privacy: 'basic', period: '12' });
    const first = d.privacyExpiresAt ?? 0;
    const year = new Date(first).getUTCFullYear();
    const r = await req('domain-privacy-order', { domain: d.name, privacy: 'basic', expyear: String(year) });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toBeUndefined();
    expect(d.privacyExpiresAt).toBe(first);
    await req('domain-privacy-order', { domain: d.name, privacy: 'basic', expyear: String(year + 1) });
    expect(new Date(d.privacyExpiresAt ?? 0).getUTCFullYear()).toBe(year + 1);
  });
  it('refuses both period and expyear, a bad level, and @modify-only keys', async () => {
    const d = mine((x) => x.tld === 'com');
    const both = await req('domain-privacy-order', { domain: d.name, privacy: 'pro', period: '12', expyear: '2040' });
    expect(both.all('Error')).toHaveLength(2);
    expect((await req('domain-privacy-order', { domain: d.name, privacy: 'gold' })).all('Error')[0]).toMatch(/^privacy: /);
    expect((await req('domain-privacy-order', { domain: d.name })).all('Error')).toEqual(['privacy: missing required parameter']);
    const mod = await login(sb.url, 'sandbox-modify-key');
    expect((await req('domain-privacy-order', { domain: d.name, privacy: 'pro' }, mod)).headers['Status-Code']).toBe('2202');
  });
  it('is refused for a TLD without privacy', async () => {
    const d = mine((x) => x.tld === 'de' || x.tld === 'eu' || x.tld === 'fi');
    expect((await req('domain-privacy-order', { domain: d.name, privacy: 'basic' })).all('Error')[0]).toMatch(/^privacy: not available/);
  });
});
