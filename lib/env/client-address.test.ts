import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopbackHost, normalizeIp, parseTrustedProxies } from './client-address.mjs';

describe('normalizeIp', () => {
  it('keeps valid addresses in canonical form and refuses anything else', () => {
    expect(normalizeIp('198.51.100.4')).toBe('198.51.100.4');
    expect(normalizeIp(' ::ffff:127.0.0.1 ')).toBe('127.0.0.1');
    expect(normalizeIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    for (const bad of ['FORGED-not-an-ip', '', '1', '0x7f.0.0.1', '300.1.1.1', 'localhost', '1.2.3.4, 5.6.7.8', undefined, 42]) {
      expect(normalizeIp(bad), String(bad)).toBeNull();
    }
  });
});

describe('parseTrustedProxies', () => {
  it('reads IPs and CIDR ranges separated by commas or spaces', () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    const ranges = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ::1');
    expect(ranges.map(([address, bits]) => `${address.toString()}/${bits}`)).toEqual(['127.0.0.1/32', '10.0.0.0/8', '::1/128']);
  });

  it('names the entry it cannot read', () => {
    expect(() => parseTrustedProxies('127.0.0.1, proxy.example.com')).toThrow(/"proxy\.example\.com"/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
  });
});

describe('clientAddress', () => {
  const proxy = parseTrustedProxies('10.0.0.1, 10.1.0.0/16');

  it('is the socket peer when nobody is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ peer: '::ffff:203.0.113.9', forwardedFor: 'FORGED-not-an-ip', trusted: [] })).toBe('203.0.113.9');
    expect(clientAddress({ peer: '203.0.113.9', forwardedFor: '198.51.100.1', trusted: proxy })).toBe('203.0.113.9');
  });

  it('behind trusted proxies is the first hop from the right that no trusted proxy vouches for', () => {
    // The client wrote "6.6.6.6" itself; the trusted proxy appended the address it saw.
    expect(clientAddress({ peer: '10.0.0.1', forwardedFor: '6.6.6.6, 198.51.100.7', trusted: proxy })).toBe('198.51.100.7');
    expect(clientAddress({ peer: '10.0.0.1', forwardedFor: ['6.6.6.6', '198.51.100.7, 10.1.2.3'], trusted: proxy })).toBe('198.51.100.7');
    // Garbage ends the walk at the last trusted hop.
    expect(clientAddress({ peer: '10.0.0.1', forwardedFor: 'FORGED-not-an-ip', trusted: proxy })).toBe('10.0.0.1');
    expect(clientAddress({ peer: '10.0.0.1', forwardedFor: undefined, trusted: proxy })).toBe('10.0.0.1');
  });
});

describe('isLoopbackHost', () => {
  it('knows this machine by name and address', () => {
    for (const host of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]', 'app.localhost']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['dmapi.joker.com', '10.0.0.1', '[2001:db8::1]', 'localhost.example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });
});
