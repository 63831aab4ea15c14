/**
 * Sandbox conformance: domain-register with owner-c alone (Joker's Clientexec module sends nothing else:
 * admin-c, tech-c and billing-c default to the owner) and incoming transfers without transfer-auth-id where Joker's
 * older reference allows it (.uk, .at; the seeds name .eu). lib/sandbox/README.md "Beyond the seeds".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../clock';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 40 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('domain-register with owner-c only', () => {
  it('registers with the owner as admin, tech and billing contact; a given role still wins', async () => {
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const other = seededDomain(sb.engine.state, (x) => x.tld === 'com' && x.ownerC !== owner).ownerC;
    // Exactly what the Clientexec module sends: domain, period, status, owner-c, ns-list.
    const alone = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'owner-only.com', period: '12', status: 'production', 'owner-c': owner, 'ns-list': 'a.ns.joker.com:b.ns.joker.com:c.ns.joker.com' });
    expect(alone.all('Error')).toEqual([]);
    const mixed = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'owner-and-tech.com', period: '12', 'owner-c': owner, 'tech-c': other, 'ns-list': 'x.ns.joker.com:y.ns.joker.com' });
    expect(mixed.all('Error')).toEqual([]);
    await advance(sb.url, 3);
    expect(sb.engine.state.domains.get('owner-only.com')).toMatchObject({ uid: DEMO.reseller.uid, ownerC: owner, adminC: owner, techC: owner, billingC: owner });
    expect(sb.engine.state.domains.get('owner-and-tech.com')).toMatchObject({ ownerC: owner, adminC: owner, techC: other, billingC: owner });
    const whois = (await call(sb.url, 'query-whois', { 'auth-sid': sid, domain: 'owner-only.com' })).body;
    expect(whois).toContain(`domain.billing-c: ${owner}\n`);
  });

  it('still needs owner-c, and checks the defaulted roles against the TLD like given ones', async () => {
    const r = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'no-owner.com', period: '12', 'ns-list': 'a.ns.joker.com:b.ns.joker.com' });
    expect([r.headers['Status-Code'], r.all('Error')]).toEqual(['2003', ['owner-c: missing required parameter']]);
    const bad = await call(sb.url, 'domain-register', { 'auth-sid': sid, domain: 'unknown-owner.com', period: '12', 'owner-c': 'CCOM-999999', 'ns-list': 'a.ns.joker.com:b.ns.joker.com' });
    expect(bad.all('Error')[0]).toBe('owner-c: contact CCOM-999999 does not exist');
    expect(sb.engine.state.results.some((x) => x.object === 'unknown-owner.com')).toBe(false);
  });
});

describe('domain-transfer-in-reseller without transfer-auth-id', () => {
  it('is accepted for .co.uk and .at, refused for .com', async () => {
    for (const [domain, tld] of [['wikipedia.co.uk', 'co.uk'], ['amazon.at', 'at']] as const) {
      const owner = seededDomain(sb.engine.state, (x) => x.tld === tld).ownerC;
      const r = await call(sb.url, 'domain-transfer-in-reseller', { 'auth-sid': sid, domain, 'owner-c': owner });
      expect([domain, r.all('Error')]).toEqual([domain, []]);
      expect(sb.engine.state.transfers[domain]?.state).toBe('IN_DB');
    }
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const com = await call(sb.url, 'domain-transfer-in-reseller', { 'auth-sid': sid, domain: 'facebook.com', 'owner-c': owner });
    expect(com.all('Error')).toEqual(['transfer-auth-id: missing required parameter']);
    expect(sb.engine.state.transfers['facebook.com']).toBeUndefined();
    await advance(sb.url, 6 * DAY / 1000);
    expect(sb.engine.state.domains.get('amazon.at')?.uid).toBe(DEMO.reseller.uid);
    const s2 = await login(sb.url);
    const tld = (await call(sb.url, 'inquire-tld', { 'auth-sid': s2, tld: 'at' })).body;
    expect(tld).toContain('transfer-auth-id: optional\n');
  });
});
