import { describe, expect, it } from 'vitest';
import { validateContact } from '@/lib/contacts';
import { swedishNumberKind } from '@/lib/contacts/tld/se';
import { parseIpv4List, parseIpv6List } from '@/lib/net';
import { parseZone } from '@/lib/zone';
import { fixContact, fixHost, swedishNumber } from './contacts';
import { seedState } from './index';

describe('seeded contacts, hosts and zones obey the handlers\' rules', () => {
  const state = seedState(11, 3000, Date.UTC(2026, 10, 22));

  it('every contact validates for its TLD', () => {
    const problems = Object.values(state.contacts).flatMap((c) =>
      validateContact(c.fields, { tld: c.tld, mode: 'create' }).map((e) => `${c.handle} ${e.field}: ${e.message}`));
    expect(Object.keys(state.contacts).length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('every host has valid, non-reserved addresses', () => {
    const problems = Object.values(state.hosts).flatMap((h) => [
      ...parseIpv4List(h.ipv4.join(',')).errors, ...parseIpv6List(h.ipv6.join(',')).errors]);
    expect(Object.keys(state.hosts).length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('every zone parses line by line', () => {
    const bad = Object.values(state.zones).flatMap((z) => parseZone(z.records.join('\n'), { txtPadding: 'none' }).errors);
    expect(Object.keys(state.zones).length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});

describe('fix-ups', () => {
  it('makes valid Swedish numbers of the asked kind', () => {
    for (const seed of ['CSEN-1', 'CSEN-2', 'CNUN-77']) {
      expect(swedishNumberKind(swedishNumber(seed, false))).toBe('personal');
      expect(swedishNumberKind(swedishNumber(seed, true))).toBe('organisational');
    }
  });
  it('renames legacy .us fields and drops empty ones', () => {
    const c = { handle: 'CUSN-1', uid: '1', tld: 'us', createdAt: 0, modifiedAt: 0,
      fields: { 'us-nexus-category': 'C21', 'us-nexus-application-purpose': 'P2', fax: '' } as Record<string, string> };
    fixContact(c);
    expect(c.fields).toEqual({ 'nexus-category': 'C21', 'app-purpose': 'P2', 'nexus-category-country': 'US' });
  });
  it('replaces reserved glue addresses and keeps public ones', () => {
    const h = { name: 'ns1.example.com', uid: '1', ipv4: ['192.168.1.1', '8.8.8.8'], ipv6: [], createdAt: 0, modifiedAt: 0 };
    fixHost(h);
    expect(h.ipv4[1]).toBe('8.8.8.8');
    expect(parseIpv4List(h.ipv4.join(',')).errors).toEqual([]);
  });
});
