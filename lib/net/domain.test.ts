import { describe, expect, it } from 'vitest';
import { isSubordinate, isValidDomainName, isValidHostname, normalizeDomainName, normalizeHostname } from './domain';
import { ASCII_OPTIONS, toAsciiDomain, toUnicodeDomain } from './idn';
import { splitDomain, tldOf } from './suffix';
import { toASCII } from 'tr46';

describe('IDN', () => {
  it('gives plain lower-case LDH names back as tr46 does, without asking it (the fast path), and still validates punycode', () => {
    // tr46 asked directly with idn.ts's own options; a seeded sample of names over letters (one upper case), digits,
    // hyphens, dots and `xn--`.
    const alphabet = 'abxnB-09.-';
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const names = ['-a.com', 'a-.com', 'a--b.com', '1.2', 'ab--cd.de', `${'a'.repeat(64)}.com`, 'a..b', 'xn--a.com', 'xn--bcher-kva.de'];
    for (let i = 0; i < 20_000; i++) names.push(Array.from({ length: 1 + Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    for (const name of names) expect(toAsciiDomain(name), name).toBe(toASCII(name.replace(/\.$/, ''), ASCII_OPTIONS) ?? '');
    expect(toAsciiDomain('xn--a.com')).toBe('');
  });

  it('converts Unicode to punycode and back', () => {
    expect(toAsciiDomain('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(toAsciiDomain('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
    expect(toAsciiDomain('MÜNCHEN.de.')).toBe('xn--mnchen-3ya.de');
    expect(toUnicodeDomain('xn--bcher-kva.de')).toBe('bücher.de');
    expect(toUnicodeDomain('example.com')).toBe('example.com');
  });
  it('returns empty for impossible names, and the input for undecodable punycode', () => {
    expect(toAsciiDomain('a b.de')).toBe('');
    expect(toAsciiDomain('a/b.de')).toBe('');
    expect(toAsciiDomain('a_b.de')).toBe('');
    expect(toAsciiDomain('')).toBe('');
    expect(toAsciiDomain('xn--zz.de')).toBe('');
    expect(toUnicodeDomain('xn--zz.de')).toBe('xn--zz.de');
  });
});

describe('host names', () => {
  it('accepts fully qualified LDH names', () => {
    expect(isValidHostname('ns1.example.com')).toBe(true);
    expect(isValidHostname('ns1.example.com.')).toBe(true);
    expect(isValidHostname('a.ns.joker.com')).toBe(true);
  });
  it('refuses single labels, underscores, edge hyphens, numeric TLDs, empty and long labels', () => {
    expect(isValidHostname('localhost')).toBe(false);
    expect(isValidHostname('ns_1.example.com')).toBe(false);
    expect(isValidHostname('-ns.example.com')).toBe(false);
    expect(isValidHostname('ns-.example.com')).toBe(false);
    expect(isValidHostname('ns.example.123')).toBe(false);
    expect(isValidHostname('a..example.com')).toBe(false);
    expect(isValidHostname(`${'a'.repeat(64)}.com`)).toBe(false);
    expect(isValidHostname(`${'a.'.repeat(127)}com`)).toBe(false);
  });
  it('normalizes user input', () => {
    expect(normalizeHostname('NS1.Bücher.DE.')).toBe('ns1.xn--bcher-kva.de');
    expect(normalizeHostname('bad host.de')).toBe('');
  });
});

describe('domains and suffixes', () => {
  it('knows second-level suffixes', () => {
    expect(tldOf('example.co.uk')).toBe('co.uk');
    expect(tldOf('example.uk')).toBe('uk');
    expect(tldOf('Example.COM')).toBe('com');
    expect(tldOf('example.com.')).toBe('com');
    expect(tldOf('co.uk')).toBe('co.uk');
    expect(tldOf('de')).toBe('de');
    expect(splitDomain('www.example.com')).toEqual({ sld: 'www.example', tld: 'com' });
    expect(splitDomain('co.uk')).toBeNull();
  });
  it('validates registrable names', () => {
    expect(isValidDomainName('example.com')).toBe(true);
    expect(isValidDomainName('example.co.uk')).toBe(true);
    expect(isValidDomainName('bücher.de')).toBe(true);
    expect(isValidDomainName('www.example.com')).toBe(false);
    expect(isValidDomainName('co.uk')).toBe(false);
    expect(isValidDomainName('example')).toBe(false);
    expect(isValidDomainName('a.com&x=1')).toBe(false);
    expect(normalizeDomainName(' Bücher.DE ')).toBe('xn--bcher-kva.de');
  });
  it('detects in-bailiwick hosts', () => {
    expect(isSubordinate('ns1.example.com', 'example.com')).toBe(true);
    expect(isSubordinate('ns1.otherexample.com', 'example.com')).toBe(false);
  });
});
