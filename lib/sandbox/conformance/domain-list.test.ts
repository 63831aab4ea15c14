/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): query-domain-list as Joker's own clients read it —
 * the four showgrants columns with the `undef` rule, showjokerns last — and Joker's name servers old (a/b/c) and new
 * (x/y/z).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const line = (body: string, name: string) => body.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ') ?? [];

describe('showgrants', () => {
  it('four named columns: own role, invitation possible, confirmed grants, pending invitations (undef without from/to)', async () => {
    const r = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, showstatus: '1', showgrants: '1', showprivacy: '1' });
    expect(r.headers['Columns']).toBe('domain,expiration_date,domain_status,own_role,invitation_possible,number_of_confirmed_grants,pending_invitations,privacy-status,privacy-origin,privacy-expiration');
    const fields = r.body.split('\n').map((l) => l.split(' '));
    expect(fields.every((f) => f.length === 10 && f[3] === '@creator' && f[4] === 'true' && /^\d+$/.test(f[5] ?? '') && f[6] === 'undef')).toBe(true);
    const granted = sb.engine.state.grants.find((g) => g.clientUid === DEMO.customer.uid);
    expect(line(r.body, granted?.domain ?? '')[5]).toBe('1');
  });

  it('counts pending invitations when from/to are given, and follows grants-invite at once', async () => {
    const d = seededDomain(sb.engine.state, (x) => !sb.engine.state.grants.some((g) => g.domain === x.name) && !sb.engine.state.invitations.some((i) => i.domain === x.name));
    const page = async () => line((await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: d.name, from: '1', to: '1', showgrants: '1' })).body, d.name);
    expect(await page()).toEqual([d.name, expect.any(String), '@creator', 'true', '0', '0']);
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: 'someone@example.test', role: '@tech' });
    expect((await page()).slice(4)).toEqual(['0', '1']);
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: DEMO.customer.login, role: '@admin', 'client-uid': DEMO.customer.uid });
    expect((await page()).slice(4)).toEqual(['1', '1']);
  });

  it('a grantee sees its own roles and no invitation right', async () => {
    const csid = await login(sb.url, 'sandbox-customer-key');
    const body = (await call(sb.url, 'query-domain-list', { 'auth-sid': csid, showgrants: '1' })).body;
    const theirs = body.split('\n').map((l) => l.split(' ')).filter((f) => f[2] !== '@creator');
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((f) => /^@(admin|tech|billing)(,@(admin|tech|billing))*$/.test(f[2] ?? '') && f[3] === 'false' && f[5] === 'undef')).toBe(true);
  });
});

describe('Joker name servers', () => {
  it('showjokerns adds a last column: 1 on Joker name servers, 0 elsewhere', async () => {
    const r = await call(sb.url, 'query-domain-list', { 'auth-sid': sid, showstatus: '1', showprivacy: '1', showjokerns: '1' });
    expect(r.headers['Columns']?.split(',').at(-1)).toBe('jokerns');
    for (const f of r.body.split('\n').map((l) => l.split(' '))) {
      const d = sb.engine.state.domains.get(f[0] ?? '');
      expect(f.at(-1)).toBe(d?.ns.some((n) => n.endsWith('.ns.joker.com')) ? '1' : '0');
    }
  });

  it('a domain registered on x/y/z.ns.joker.com gets a zone served by Joker', async () => {
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const reg = await call(sb.url, 'domain-register', {
      'auth-sid': sid, domain: 'on-new-joker-ns.com', period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner,
      'ns-list': 'x.ns.joker.com:y.ns.joker.com:z.ns.joker.com',
    });
    expect(reg.all('Error')).toEqual([]);
    await advance(sb.url, 3);
    expect((await call(sb.url, 'dns-zone-list', { 'auth-sid': sid, pattern: 'on-new-joker-ns.com' })).body).toMatch(/^on-new-joker-ns\.com \d{4}-\d{2}-\d{2}$/);
    const zone = await call(sb.url, 'dns-zone-get', { 'auth-sid': sid, domain: 'on-new-joker-ns.com' });
    expect(zone.body.startsWith('$dnssec=no\n')).toBe(true);
    const listed = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid, pattern: 'on-new-joker-ns.com', showjokerns: '1' })).body;
    expect(listed.split(' ').at(-1)).toBe('1');
  });
});
