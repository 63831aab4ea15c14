import { toASCII, toUnicode } from 'tr46';

/**
 * IDN conversion with tr46 (UTS #46, non-transitional, as browsers and Node's URL parser do it), so the browser, the
 * server actions, the DMAPI request functions and the sandbox all turn `Bücher.de` into the same `xn--bcher-kva.de`.
 * Node's `url.domainToASCII` would do the same on the server but cannot be bundled for the browser.
 */
export const ASCII_OPTIONS = {
  checkBidi: true,
  checkJoiners: true,
  checkHyphens: false,
  // STD3: only letters, digits and hyphens survive, so `a b.de`, `a_b.de` or `a/b.de` give '' instead of a name.
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
  verifyDNSLength: false,
} as const;

/**
 * Lower-case letters, digits and hyphens in non-empty labels, none of them punycode: UTS #46 with the options above
 * gives such a name back unchanged (domain.test.ts checks that against tr46), so the common case skips tr46's mapping
 * tables. A result list or a domain page validates dozens of names per render this way.
 */
const PLAIN_LDH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Converts a possibly Unicode (IDN) name to its lower-case ASCII/punycode form; '' when it is not a valid name. */
export function toAsciiDomain(name: string): string {
  const trimmed = name.trim().replace(/\.$/, '');
  if (trimmed === '') return '';
  if (PLAIN_LDH.test(trimmed) && !trimmed.includes('xn--')) return trimmed;
  return toASCII(trimmed, ASCII_OPTIONS) ?? '';
}

/** Converts punycode labels (`xn--...`) back to Unicode for display; returns the input when it cannot. */
export function toUnicodeDomain(name: string): string {
  if (!name.includes('xn--')) return name;
  const { domain, error } = toUnicode(name, { checkBidi: true, checkJoiners: true, checkHyphens: false });
  return error || domain === '' ? name : domain;
}
