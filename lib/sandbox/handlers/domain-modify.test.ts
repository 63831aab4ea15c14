import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';
import { DEMO } from '../seed/catalog';
import type { Domain } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
const RESELLER = DEMO.reseller.uid;
const CUSTOMER = DEMO.customer.uid;

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 7 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const mine = (pred: (d: Domain) => boolean): Domain => seededDomain(sb.engine.state, pred);

describe('domain-modify', () => {
  it('changes contacts and name servers; empty values leave fields unchanged; queued and acked', async () => {
    const d = mine((x) => x.tld === 'com');
    const other = mine((x) => x.tld === 'net' && x.techC !== d.techC);
    const admin = d.adminC;
    const r = await req('domain-modify', { domain: d.name, 'tech-c': other.techC, 'admin-c': '', 'ns-list': 'a.ns.joker.com:b.ns.joker.com:c.ns.joker.com' });
    expect(r.all('Error')).toEqual([]);
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(d.techC).toBe(other.techC.toUpperCase());
    expect(d.adminC).toBe(admin);
    expect(d.ns).toEqual(['a.ns.joker.com', 'b.ns.joker.com', 'c.ns.joker.com']);
    expect(sb.engine.state.zones[d.name]).toBeDefined();
    await advance(sb.url, 5);
    const res = await req('result-retrieve', { 'proc-id': r.headers['Proc-ID'] ?? '' });
    expect(res.body).toContain('Completion-Status: ack');
    expect(res.body).toContain(`tech-c: ${other.techC.toUpperCase()}`);
  });
  it('registrar-tag is set and cleared with !@!; a contact cannot be cleared', async () => {
    const d = mine((x) => x.tld === 'org');
    await req('domain-modify', { domain: d.name, 'registrar-tag': 'TOKEN-1' });
    expect(d.registrarTag).toBe('TOKEN-1');
    await req('domain-modify', { domain: d.name, 'registrar-tag': '!@!' });
    expect(d.registrarTag).toBeNull();
    expect((await req('domain-modify', { domain: d.name, 'admin-c': '!@!' })).all('Error')).toEqual(['admin-c: a domain contact cannot be cleared']);
  });
  it('refuses unknown contacts, contacts of another TLD and unknown name servers, naming each field', async () => {
    const d = mine((x) => x.tld === 'com');
    const eu = Object.values(sb.engine.state.contacts).find((c) => c.uid === RESELLER && c.tld === 'eu');
    const r = await req('domain-modify', { domain: d.name, 'billing-c': 'CCOM-999999999', 'admin-c': eu?.handle ?? 'x' });
    expect(r.headers['Status-Code']).toBe('2303');
    expect(r.all('Error').map((e) => e.split(':')[0])).toEqual(['billing-c', 'admin-c']);
    const ns = await req('domain-modify', { domain: d.name, 'ns-list': `ns9.${d.name}` });
    expect(ns.all('Error')[0]).toMatch(/^ns-list: name server ns9\./);
    expect((await req('domain-modify', { domain: d.name })).all('Error')[0]).toMatch(/^domain: nothing to modify/);
  });
  it('adds DNSSEC in the documented DS form (com) and DNSKEY form (de), and removes it with dnssec=0', async () => {
    const com = mine((x) => x.tld === 'com');
    const r = await req('domain-modify', { domain: com.name, dnssec: '1', 'ds-1': '38698:5:1:AFE249392848D0458B3967BA1EE9BDEA6C3ECB43' });
    expect(r.all('Error')).toEqual([]);
    expect(com.dnssec).toBe(true);
    expect(com.ds).toEqual([{ raw: '38698:5:1:AFE249392848D0458B3967BA1EE9BDEA6C3ECB43' }]);
    const de = mine((x) => x.tld === 'de');
    const key = 'AwEAAd4TaRzEn0zJfw9w2qkazHTqOX97XwNzoDHMKgClJbX/jr9YGdCYKpTfcKQbVmpI4EVBJOjNWawOJEgpVivw53yHbtEFLOCSYyjwHuXaWiEv0sESNAoPCXQurp4tbHSlnRpyxyzV3dsh9/qUIkJEXxcEuFPaLG3bz1z0Ude6gMXr';
    expect((await req('domain-modify', { domain: de.name, dnssec: '1', 'ds-1': `256:3:5:${key}` })).all('Error')).toEqual([]);
    expect(de.dnssec).toBe(true);
    await req('domain-modify', { domain: com.name, dnssec: '0' });
    expect(com.dnssec).toBe(false);
    expect(com.ds).toEqual([]);
  });
  it('names bad ds-N values and ds-N without dnssec=1', async () => {
    const com = mine((x) => x.tld === 'com');
    const bad = await req('domain-modify', { domain: com.name, dnssec: '1', 'ds-1': '38698:5:2:ABCD', 'ds-2': 'x' });
    expect(bad.headers['Status-Code']).toBe('2005');
    expect(bad.all('Error').map((e) => e.split(':')[0])).toEqual(['ds-1', 'ds-2']);
    expect((await req('domain-modify', { domain: com.name, dnssec: '1' })).all('Error')[0]).toMatch(/^ds-1: missing/);
    expect((await req('domain-modify', { domain: com.name, 'ds-1': '1:5:1:x' })).all('Error')).toEqual(['ds-1: only with dnssec=1']);
    expect((await req('domain-modify', { domain: com.name, dnssec: 'yes' })).all('Error')).toEqual(['dnssec: must be 0 or 1']);
  });
  it('a @tech grantee may change name servers but not contacts', async () => {
    const g = sb.engine.state.grants.find((x) => x.clientUid === CUSTOMER && x.role === '@tech');
    expect(g).toBeDefined();
    const cust = await login(sb.url, 'sandbox-customer-key');
    const ok = await req('domain-modify', { domain: g?.domain ?? '', 'ns-list': 'a.ns.joker.com:b.ns.joker.com' }, cust);
    expect(ok.all('Error')).toEqual([]);
    const d = sb.engine.state.domains.get(g?.domain ?? '');
    const denied = await req('domain-modify', { domain: g?.domain ?? '', 'admin-c': d?.techC ?? '' }, cust);
    expect(denied.headers['Status-Code']).toBe('2202');
  });
});
