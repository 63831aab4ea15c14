import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login, seededDomain } from '../test-helpers';
import { DEMO } from '../seed/catalog';
import type { Domain } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
const RESELLER = DEMO.reseller.uid;

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 19 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const kv = (body: string): Array<[string, string]> => body.trim().split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]);
const values = (body: string, key: string) => kv(body).filter(([k]) => k === key).map(([, v]) => v);
const mine = (pred: (d: Domain) => boolean): Domain => seededDomain(sb.engine.state, pred);

describe('query-whois / query-object', () => {
  it('a domain: dotted keys, one no/handle pair per name server, YYYYMMDDHHMMSS dates, contacts', async () => {
    const d = mine((x) => x.ns.length >= 2 && x.privacy === 'none');
    const r = await req('query-whois', { domain: d.name });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.body.endsWith('\n')).toBe(true);
    expect(values(r.body, 'domain')).toEqual([d.name]);
    expect(values(r.body, 'domain.nservers.nserver.handle')).toEqual(d.ns);
    expect(values(r.body, 'domain.nservers.nserver.no')).toEqual(d.ns.map((_, i) => String(i + 1)));
    expect(values(r.body, 'domain.created.date')[0]).toMatch(/^\d{14}$/);
    expect(values(r.body, 'domain.expires')[0]).toMatch(/^\d{14}$/);
    expect(values(r.body, 'domain.admin-c')).toEqual([d.adminC]);
    expect(values(r.body, 'domain.email')).toEqual([sb.engine.state.contacts[d.ownerC]?.fields.email]);
    expect(values(r.body, 'domain.status')[0]).toBe(d.locked ? (d.autorenew ? 'lock,autorenew' : 'lock') : d.autorenew ? 'production,autorenew' : 'production');
  });
  it('privacy masks the owner unless internal=1; other accounts see GDPR redaction', async () => {
    const d = mine((x) => x.privacy === 'none' && ['com', 'net', 'org', 'info'].includes(x.tld));
    expect((await req('domain-privacy-order', { domain: d.name, privacy: 'pro' })).all('Error')).toEqual([]);
    const email = sb.engine.state.contacts[d.ownerC]?.fields.email ?? '';
    const masked = await req('query-whois', { domain: d.name });
    expect(values(masked.body, 'domain.email')[0]).not.toBe(email);
    expect(values(masked.body, 'domain.name')).toEqual(['Domain Privacy Service']);
    expect(values((await req('query-whois', { domain: d.name, internal: '1' })).body, 'domain.email')).toEqual([email]);
    const plain = mine((x) => x.privacy === 'none' && !x.gdprOptIn && x.name !== d.name);
    const cust = await login(sb.url, 'sandbox-customer-key');
    const other = await req('query-whois', { domain: plain.name, internal: '1' }, cust);
    expect(values(other.body, 'domain.email')).toEqual(['REDACTED FOR PRIVACY']);
  });
  it('a contact and a host of the caller', async () => {
    const d = mine(() => true);
    const c = sb.engine.state.contacts[d.ownerC];
    const r = await req('query-whois', { contact: d.ownerC });
    expect(values(r.body, 'contact.handle')).toEqual([d.ownerC]);
    expect(values(r.body, 'contact.email')).toEqual([c?.fields.email]);
    const host = Object.values(sb.engine.state.hosts).find((h) => h.uid === RESELLER);
    expect(host).toBeDefined();
    const h = await req('query-object', { host: host?.name ?? '' });
    expect(values(h.body, 'host.fqdn')).toEqual([host?.name]);
    expect(values(h.body, 'host.ipaddress')).toEqual(host?.ipv4);
    const cust = await login(sb.url, 'sandbox-customer-key');
    expect((await req('query-whois', { contact: d.ownerC }, cust)).headers['Status-Code']).toBe('2303');
  });
  it('exactly one of domain, contact or host; unknown objects are 2303', async () => {
    expect((await req('query-whois')).all('Error')[0]).toMatch(/^domain: missing/);
    const two = await req('query-whois', { domain: 'a.com', host: 'ns.a.com' });
    expect(two.headers['Status-Code']).toBe('2306');
    expect(two.all('Error').map((e) => e.split(':')[0])).toEqual(['domain', 'host']);
    expect((await req('query-whois', { domain: 'not-here-4711.com' })).headers['Status-Code']).toBe('2303');
    expect((await req('query-object', { domain: mine(() => true).name })).headers['Status-Code']).toBe('0');
  });
});
