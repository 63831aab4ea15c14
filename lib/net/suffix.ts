/**
 * Where a name's registry suffix starts. Kept apart from domain.ts so that the browser's list scanner, which needs
 * only this, does not pull tr46's Unicode tables (≈60 KB gzipped) into its bundle.
 */

/**
 * Second-level registry suffixes the DMAPI documentation names (the .uk family, .co.at/.or.at, .pp.se) plus common
 * ones, so that `example.co.uk` splits into `example` + `co.uk`, not `example.co` + `uk`. A suffix missing here makes
 * `example.<suffix>` look like a sub-domain: add it here, and every check follows.
 */
const MULTI_LABEL_TLDS: ReadonlySet<string> = new Set([
  'co.uk', 'me.uk', 'net.uk', 'org.uk', 'plc.uk', 'ltd.uk',
  'co.at', 'or.at', 'pp.se',
  'com.au', 'net.au', 'org.au', 'co.nz', 'com.br', 'com.cn', 'com.mx', 'co.za', 'co.jp', 'co.in', 'com.tw',
]);

/**
 * The registry suffix of a name (`example.co.uk` → `co.uk`, `www.example.de` → `de`), lower case. Expects ASCII (as
 * the DMAPI lists names); a Unicode TLD is returned as given. One scan from the end, no split: the browser runs this
 * over 100,000 list rows.
 */
export function tldOf(name: string): string {
  let end = name.length;
  if (name.charCodeAt(end - 1) === 46) end--;
  const lower = name.slice(0, end).toLowerCase();
  const last = lower.lastIndexOf('.');
  if (last < 0) return lower;
  const prev = lower.lastIndexOf('.', last - 1);
  const two = lower.slice(prev + 1);
  return MULTI_LABEL_TLDS.has(two) ? two : lower.slice(last + 1);
}

/** Splits a name into what lies left of its registry suffix and the suffix; null when nothing lies left of it. */
export function splitDomain(name: string): { sld: string; tld: string } | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const tld = tldOf(lower);
  if (lower.length <= tld.length + 1) return null;
  return { sld: lower.slice(0, lower.length - tld.length - 1), tld };
}
