import { describe, expect, it } from 'vitest';
import { isIpv4, isIpv6, isReservedIpv4, normalizeIpv6, parseIpv4List, parseIpv6List } from './ip';

describe('IPv4 syntax', () => {
  it('accepts dotted quads only', () => {
    expect(isIpv4('1.2.3.4')).toBe(true);
    expect(isIpv4('1.2.3')).toBe(false);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('0x1.2.3.4')).toBe(false);
    expect(isIpv4('fec0::17')).toBe(false);
  });
});

describe('IANA reserved IPv4 (ns-create "must not be from IANA\'s reserved range")', () => {
  it.each(['10.0.0.1', '127.0.0.1', '192.168.1.1', '172.16.5.5', '169.254.1.1', '100.64.0.1', '192.0.2.7',
    '198.51.100.1', '203.0.113.9', '224.0.0.1', '240.0.0.1', '255.255.255.255', '0.0.0.0'])('%s is reserved', (ip) => {
    expect(isReservedIpv4(ip)).toBe(true);
  });
  it('public unicast is not', () => {
    expect(isReservedIpv4('194.245.148.200')).toBe(false);
    expect(isReservedIpv4('8.8.8.8')).toBe(false);
  });
});

describe('IPv6', () => {
  it('accepts the short notation of the DMAPI documentation and refuses zone ids', () => {
    expect(isIpv6('fec0::17')).toBe(true);
    expect(isIpv6('FE80:0000:0000:0000:0202:B3FF:FE1E:8329')).toBe(true);
    expect(isIpv6('fe80::1%eth0')).toBe(false);
    expect(isIpv6('1.2.3.4')).toBe(false);
    expect(isIpv6('2001:db8::g')).toBe(false);
  });
  it('normalizes for comparison', () => {
    expect(normalizeIpv6('FE80:0000:0000:0000:0202:B3FF:FE1E:8329')).toBe('fe80::202:b3ff:fe1e:8329');
  });
});

describe('address lists (ip=1.2.3.4,4.5.6.7)', () => {
  it('splits on commas and keeps order', () => {
    expect(parseIpv4List('1.2.3.4, 4.5.6.7')).toEqual({ addresses: ['1.2.3.4', '4.5.6.7'], errors: [] });
  });
  it('reports each bad address', () => {
    const result = parseIpv4List('1.2.3.4,10.0.0.1,x,1.2.3.4');
    expect(result.addresses).toEqual(['1.2.3.4']);
    expect(result.errors).toEqual([
      "IPv4 address from IANA's reserved range: 10.0.0.1",
      'invalid IPv4 address: x',
      'duplicate IPv4 address: 1.2.3.4',
    ]);
  });
  it('treats differently written IPv6 duplicates as one and refuses ::', () => {
    const result = parseIpv6List('2001:db8::1,2001:0db8:0:0:0:0:0:1,::');
    expect(result.addresses).toEqual(['2001:db8::1']);
    expect(result.errors).toHaveLength(2);
  });
  it('an empty value is an empty list', () => {
    expect(parseIpv6List('')).toEqual({ addresses: [], errors: [] });
  });
});
