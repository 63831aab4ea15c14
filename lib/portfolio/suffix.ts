/**
 * The registry suffix of a domain, for the browser (lib/net/domain's tldOf imports node:url, which the browser
 * bundle cannot). The same two-label suffixes as lib/net/domain.ts; suffix.test.ts keeps the two in agreement.
 */
const MULTI_LABEL = new Set([
  'co.uk', 'me.uk', 'net.uk', 'org.uk', 'plc.uk', 'ltd.uk',
  'co.at', 'or.at', 'pp.se',
  'com.au', 'net.au', 'org.au', 'co.nz', 'com.br', 'com.cn', 'com.mx', 'co.za', 'co.jp', 'co.in', 'com.tw',
]);

/** `example.co.uk` → `co.uk`, `example.de` → `de`; the name is expected in lower case (as the DMAPI lists it). */
export function registrySuffix(name: string): string {
  const last = name.lastIndexOf('.');
  if (last < 0) return name;
  const prev = name.lastIndexOf('.', last - 1);
  const two = name.slice(prev + 1);
  return MULTI_LABEL.has(two) ? two : name.slice(last + 1);
}
