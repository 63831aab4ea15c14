/**
 * The real client against the real sandbox over HTTP: writes. After each write the test reads the sandbox's state
 * back (w.state(), the engine's live state) and checks what the write changed, not only that a Proc-ID came back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAR_VALUE } from '@/lib/contacts';
import { parseZone } from '@/lib/zone';
import * as dmapi from './index';
import { DmapiClient, DmapiError, createTransport } from './index';
import { lastLogId, logSince, operator, startWorld, type SandboxWorld } from './sandbox-world';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

const domainState = (name: string) => w.state().domains.get(name);
const PERSON = { email: 'test@example.org', 'address-1': 'Street 1', city: 'Town', 'postal-code': '12345', country: 'US', phone: '+1.5555555' };

describe('writes', () => {
  it('zone round trip: lib/zone records in, padded TXT read back as written; a bad zone changes nothing', async () => {
    const { directives, records } = parseZone('www A 0 192.0.2.7 3600\nx TXT 0 "tok" 3600\n');
    const put = await dmapi.dnsZonePut(w.client, { domain: w.domain, directives, records });
    expect(put.procId).toMatch(/^\d+$/);
    expect(w.state().zones[w.domain]?.records).toEqual(['www A 0 192.0.2.7 3600', 'x TXT 0 "tok" 3600']);
    const zone = await dmapi.dnsZoneGet(w.client, { domain: w.domain });
    expect(zone.text).toContain('x TXT 0  "tok " 3600');
    expect(zone.records.find((r) => r.type === 'TXT')?.target).toBe('tok');
    // lib/zone refuses these before sending; sent raw, the sandbox answers one Error per bad line.
    const bad = await w.client.call('dns-zone-put', { domain: w.domain, zone: 'a BOGUS 0 x 1\nb BOGUS 0 y 1\n' }, { idempotent: false, method: 'POST' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DmapiError);
    expect((bad as DmapiError).errors.length).toBe(2);
    expect(w.state().zones[w.domain]?.records).toHaveLength(2);
  });

  it('contact-create and contact-modify (lib/contacts values, !@! clears)', async () => {
    const created = await dmapi.contactCreate(w.client, { tld: 'com', fields: { name: 'Test Person', fax: '+1.5555556', ...PERSON } });
    const handle = created.handle as string;
    expect(w.state().contacts[handle]?.fields).toMatchObject({ name: 'Test Person', city: 'Town', fax: '+1.5555556' });
    await dmapi.contactModify(w.client, { handle, tld: 'com', fields: { city: 'Other Town', fax: CLEAR_VALUE, phone: '' } });
    const after = w.state().contacts[handle]?.fields;
    expect(after).toMatchObject({ city: 'Other Town', phone: '+1.5555555' });
    expect(after?.fax).toBeUndefined();
  });

  it('domain-register, domain-renew', async () => {
    const reg = await dmapi.domainRegister(w.client, {
      domain: 'integration-test-name.com', period: 12, ownerC: w.handle, billingC: w.handle, adminC: w.handle, techC: w.handle, nsList: ['a.ns.joker.com', 'b.ns.joker.com'],
    });
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '10' });
    expect(domainState('integration-test-name.com')).toMatchObject({ ownerC: w.handle, ns: ['a.ns.joker.com', 'b.ns.joker.com'] });
    expect((await dmapi.resultList(w.client)).find((r) => r.procId === reg.procId)?.status).toBe('ack');
    const before = domainState(w.domain)?.expiresAt ?? 0;
    expect((await dmapi.domainRenew(w.client, { domain: w.domain, period: 12 })).procId).toMatch(/^\d+$/);
    const gained = (domainState(w.domain)?.expiresAt ?? 0) - before;
    expect(gained).toBeGreaterThanOrEqual(365 * 86_400_000);
    expect(gained).toBeLessThanOrEqual(366 * 86_400_000);
  });

  it('ns-create, ns-modify, ns-delete', async () => {
    const host = `ns9.${w.domain}`;
    await dmapi.nsCreate(w.client, { host, ip: ['8.8.8.8'] });
    expect(w.state().hosts[host]).toMatchObject({ ipv4: ['8.8.8.8'], ipv6: [] });
    await dmapi.nsModify(w.client, { host, ipv6: ['2001:4860::8888'] });
    expect(w.state().hosts[host]?.ipv6).toEqual(['2001:4860::8888']);
    await dmapi.nsDelete(w.client, { host });
    expect(w.state().hosts[host]).toBeUndefined();
  });

  it('domain-lock / domain-unlock', async () => {
    const was = domainState(w.domain)?.locked;
    if (was) await dmapi.domainUnlock(w.client, { domain: w.domain });
    else await dmapi.domainLock(w.client, { domain: w.domain });
    expect(domainState(w.domain)?.locked).toBe(!was);
  });

  it('domain-modify is queued and changes the name servers', async () => {
    const r = await dmapi.domainModify(w.client, { domain: w.spare[7] as string, nsList: ['a.ns.joker.com', 'c.ns.joker.com'] });
    expect(r.procId).toMatch(/^\d+$/);
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '10' });
    expect(domainState(w.spare[7] as string)?.ns).toEqual(['a.ns.joker.com', 'c.ns.joker.com']);
  });

  it('grants-invite opens an invitation', async () => {
    expect((await dmapi.grantsInvite(w.client, { domain: w.domain, email: 'friend@example.org', role: '@tech' })).ok).toBe(true);
    expect(w.state().invitations.find((i) => i.domain === w.domain && i.email === 'friend@example.org')).toMatchObject({ role: '@tech', status: 'open' });
  });

  it('a @readonly key is refused a write with 2202, the write is not repeated, nothing changes', async () => {
    const ro = new DmapiClient({ transport: createTransport({ baseUrl: w.sandbox.url }), credential: { apiKey: 'sandbox-readonly-key' } });
    await ro.relogin();
    const since = await lastLogId(w.sandbox.url);
    const expires = domainState(w.domain)?.expiresAt;
    const e = (await dmapi.domainRenew(ro, { domain: w.domain, period: 12 }).catch((x: unknown) => x)) as DmapiError;
    expect(e).toBeInstanceOf(DmapiError);
    expect(e.statusCode).toBe(2202);
    expect((await logSince(w.sandbox.url, since)).filter((l) => l.request === 'domain-renew')).toHaveLength(1);
    expect(domainState(w.domain)?.expiresAt).toBe(expires);
  });
});
