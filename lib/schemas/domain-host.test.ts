import { describe, expect, it } from 'vitest';
import { dayFilter, isoDay, pattern, tld } from './common';
import { domainName, domainOrPattern, domainRenewSchema } from './domain';
import { hostName, nsList, nsWriteSchema } from './host';

const ok = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: unknown) => schema.safeParse(v);

describe('domain names', () => {
  it('hands on the ASCII form of a registrable name, IDN included', () => {
    expect(domainName.parse(' Example.COM ')).toBe('example.com');
    expect(domainName.parse('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(domainName.parse('example.co.uk')).toBe('example.co.uk');
  });
  it('refuses sub-domains, bare suffixes and anything else', () => {
    for (const v of ['www.example.com', 'co.uk', 'example', 'a.com&x=1', 'a b.com', '-a.com', '']) {
      expect(ok(domainName, v).success, v).toBe(false);
    }
  });
  it('domain-set-property takes a name or a wildcard pattern', () => {
    expect(domainOrPattern.parse('*.COM')).toBe('*.com');
    expect(domainOrPattern.parse('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(ok(domainOrPattern, 'a*&x=1').success).toBe(false);
    expect(ok(domainOrPattern, `${'a'.repeat(300)}*`).success).toBe(false);
  });
  it('renew: one of period or expyear', () => {
    expect(ok(domainRenewSchema, { domain: 'a.com', period: 12, expyear: 2030 }).success).toBe(false);
    expect(domainRenewSchema.parse({ domain: 'A.com', expyear: 2030 })).toEqual({ domain: 'a.com', expyear: 2030 });
  });
});

describe('hosts', () => {
  it('normalizes host names and name-server lists', () => {
    expect(hostName.parse('NS1.Bücher.DE.')).toBe('ns1.xn--bcher-kva.de');
    expect(ok(hostName, 'localhost').success).toBe(false);
    expect(ok(hostName, 'ns_1.example.com').success).toBe(false);
    expect(ok(nsList, []).success).toBe(false);
    expect(ok(nsList, Array.from({ length: 14 }, (_, i) => `ns${i}.example.com`)).success).toBe(false);
  });
  it('glue: public IPv4, no unspecified IPv6, no address twice, at least one address', () => {
    expect(nsWriteSchema.parse({ host: 'ns1.example.com', ip: ['8.8.8.8'], ipv6: ['fec0::17'] })).toEqual({
      host: 'ns1.example.com', ip: ['8.8.8.8'], ipv6: ['fec0::17'],
    });
    expect(nsWriteSchema.parse({ host: 'ns1.example.com', ipv6: ['2A01:04F8:0:0::54'] }).ipv6).toEqual(['2a01:4f8::54']);
    expect(ok(nsWriteSchema, { host: 'ns1.example.com', ip: ['192.168.1.1'] }).success).toBe(false);
    expect(ok(nsWriteSchema, { host: 'ns1.example.com', ipv6: ['2001:db8::1', '2001:0db8::0:1'] }).success).toBe(false);
    expect(ok(nsWriteSchema, { host: 'ns1.example.com', ipv6: ['::'] }).success).toBe(false);
    expect(ok(nsWriteSchema, { host: 'ns1.example.com' }).success).toBe(false);
  });
});

describe('common pieces', () => {
  it('days must exist', () => {
    expect(isoDay.parse('2027-02-28')).toBe('2027-02-28');
    expect(ok(isoDay, '2027-02-30').success).toBe(false);
    expect(dayFilter.parse('20270228')).toBe('20270228');
    expect(ok(dayFilter, '20270230').success).toBe(false);
  });
  it('TLDs and patterns', () => {
    expect(tld.parse(' CO.UK ')).toBe('co.uk');
    expect(tld.parse('xn--p1ai')).toBe('xn--p1ai');
    expect(ok(tld, 'c&m').success).toBe(false);
    expect(ok(pattern, 'x'.repeat(256)).success).toBe(false);
  });
});
