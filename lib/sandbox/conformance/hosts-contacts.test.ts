/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): `-` as "no address" in ns-modify (Joker's reseller
 * panel sends it for an emptied field), and seeded contacts whose address, city, postcode, country and phone prefix
 * belong together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedState } from '../seed';
import { COUNTRIES } from '../seed/places';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login } from '../test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20 });
});
afterAll(() => sb.close());

describe('ns-modify', () => {
  it('`-` removes that address family; the last address stays', async () => {
    const sid = await login(sb.url);
    const parent = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472' && d.tld === 'com');
    const host = `ns7.${parent?.name ?? ''}`;
    expect((await call(sb.url, 'ns-create', { 'auth-sid': sid, host, ip: '185.10.20.30', ipv6: '2a01:4f8::1' })).all('Error')).toEqual([]);
    expect((await call(sb.url, 'ns-modify', { 'auth-sid': sid, host, ip: '-' })).all('Error')).toEqual([]);
    expect(sb.engine.state.hosts[host]).toMatchObject({ ipv4: [], ipv6: ['2a01:4f8::1'] });
    const last = await call(sb.url, 'ns-modify', { 'auth-sid': sid, host, ipv6: '-' });
    expect(last.headers['Status-Code']).toBe('2306');
    expect(last.all('Error')[0]).toMatch(/^ip: /);
    expect(sb.engine.state.hosts[host]?.ipv6).toEqual(['2a01:4f8::1']);
    const full = (await call(sb.url, 'query-ns-list', { 'auth-sid': sid, full: '1', pattern: host })).body;
    expect(full).toBe(`${host}\t-\t2a01:4f8::1`);
  });
});

describe('ns-create / ns-modify with ipv6 and no ip', () => {
  it('accepts them: the newest seed says "either an IPv4 or IPv6 address is required" (the older reference wanted ip too)', async () => {
    const sid = await login(sb.url);
    const parent = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472' && d.tld === 'net');
    const host = `ns6only.${parent?.name ?? ''}`;
    const created = await call(sb.url, 'ns-create', { 'auth-sid': sid, host, ipv6: '2a01:4f8::53' });
    expect([created.headers['Status-Code'], created.all('Error')]).toEqual(['0', []]);
    expect(sb.engine.state.hosts[host]).toMatchObject({ ipv4: [], ipv6: ['2a01:4f8::53'] });
    expect((await call(sb.url, 'ns-modify', { 'auth-sid': sid, host, ipv6: '2a01:4f8::54,2a01:4f8::55' })).all('Error')).toEqual([]);
    expect(sb.engine.state.hosts[host]).toMatchObject({ ipv4: [], ipv6: ['2a01:4f8::54', '2a01:4f8::55'] });
    expect((await call(sb.url, 'host-create', { 'auth-sid': sid, host: `ns6none.${parent?.name ?? ''}` })).headers['Status-Code']).toBe('2003');
  });
});

describe('query-host-list', () => {
  it('is query-ns-list under its older name (pattern, full=1 with TAB columns)', async () => {
    const sid = await login(sb.url);
    const variants: Array<Record<string, string>> = [{}, { full: '1' }, { pattern: 'ns*', full: '1' }];
    for (const params of variants) {
      const ns = await call(sb.url, 'query-ns-list', { 'auth-sid': sid, ...params });
      const host = await call(sb.url, 'query-host-list', { 'auth-sid': sid, ...params });
      expect(host.headers['Status-Code']).toBe('0');
      expect(host.body).not.toBe('');
      expect([host.body, host.headers.Columns]).toEqual([ns.body, ns.headers.Columns]);
    }
  });
});

describe('seeded contacts', () => {
  it('have a city, postcode, state and phone prefix of their country, for any seed', () => {
    for (const seed of [1, 7, 42]) {
      const state = seedState(seed, 60, Date.UTC(2026, 0, 15));
      const contacts = Object.values(state.contacts);
      expect(contacts.length).toBeGreaterThan(200);
      const bad = contacts.filter((c) => {
        const f = c.fields;
        const country = COUNTRIES[f.country ?? ''];
        const place = country?.places.find((p) => p.city === f.city);
        return !place || !place.postcodes.includes(f['postal-code'] ?? '') || !(f['address-1'] ?? '').includes(place.streets[0]) && !(f['address-1'] ?? '').includes(place.streets[1])
          || !(f.phone ?? '').startsWith(`+${country?.cc}.${place.area}`) || f.state !== place.state;
      });
      expect(bad.map((c) => `${c.handle}: ${c.fields.city} ${c.fields['postal-code']} ${c.fields.country} ${c.fields.phone}`)).toEqual([]);
    }
  });

  it('give every TLD country its own places (.de Germany, .fi Finland, .co.uk Britain, .us with a state)', () => {
    const state = seedState(3, 10, Date.UTC(2026, 0, 15));
    const of = (tld: string) => Object.values(state.contacts).filter((c) => c.tld === tld).map((c) => c.fields);
    expect(of('de').every((f) => f.country === 'DE' && f.phone?.startsWith('+49.'))).toBe(true);
    expect(of('fi').every((f) => f.country === 'FI' && f.phone?.startsWith('+358.'))).toBe(true);
    expect(of('co.uk').every((f) => f.country === 'GB' && /^[A-Z]{1,2}\d/.test(f['postal-code'] ?? ''))).toBe(true);
    expect(of('us').every((f) => f.country === 'US' && /^[A-Z]{2}$/.test(f.state ?? '') && /^\d{5}$/.test(f['postal-code'] ?? ''))).toBe(true);
  });
});
