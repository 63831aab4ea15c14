import { describe, expect, it } from 'vitest';
import {
  isSubordinate, isValidDomainName, isValidHostname, normalizeHostname, splitDomain, tldOf, toAsciiDomain,
  toUnicodeDomain,
} from './domain';
import { globToRegExp, matchesGlob } from './glob';

describe('IDN', () => {
  it('converts Unicode to punycode and back', () => {
    expect(toAsciiDomain('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(toUnicodeDomain('xn--bcher-kva.de')).toBe('bücher.de');
  });
  it('returns empty for impossible names', () => {
    expect(toAsciiDomain('a b.de')).toBe('');
    expect(toAsciiDomain('')).toBe('');
  });
});

describe('host names', () => {
  it('accepts fully qualified LDH names', () => {
    expect(isValidHostname('ns1.example.com')).toBe(true);
    expect(isValidHostname('ns1.example.com.')).toBe(true);
    expect(isValidHostname('a.ns.joker.com')).toBe(true);
  });
  it('refuses single labels, underscores, edge hyphens, numeric TLDs and long labels', () => {
    expect(isValidHostname('localhost')).toBe(false);
    expect(isValidHostname('ns_1.example.com')).toBe(false);
    expect(isValidHostname('-ns.example.com')).toBe(false);
    expect(isValidHostname('ns.example.123')).toBe(false);
    expect(isValidHostname(`${'a'.repeat(64)}.com`)).toBe(false);
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
    expect(splitDomain('www.example.com')).toEqual({ sld: 'www.example', tld: 'com' });
    expect(splitDomain('co.uk')).toBeNull();
  });
  it('validates registrable names', () => {
    expect(isValidDomainName('example.com')).toBe(true);
    expect(isValidDomainName('bücher.de')).toBe(true);
    expect(isValidDomainName('www.example.com')).toBe(false);
    expect(isValidDomainName('example')).toBe(false);
  });
  it('detects in-bailiwick hosts', () => {
    expect(isSubordinate('ns1.example.com', 'example.com')).toBe(true);
    expect(isSubordinate('ns1.otherexample.com', 'example.com')).toBe(false);
  });
});

describe('glob patterns', () => {
  it('matches DMAPI list patterns case-insensitively', () => {
    expect(matchesGlob('COCO-4711', 'coco-47*')).toBe(true);
    expect(matchesGlob('ns.my-own-ns.com', '*my-own-ns*')).toBe(true);
    expect(matchesGlob('example.com', 'dom*')).toBe(false);
    expect(matchesGlob('anything', '')).toBe(true);
    expect(globToRegExp('a.b?').test('a.bc')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });
});
