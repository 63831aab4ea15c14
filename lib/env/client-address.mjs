// Client addresses and trusted proxies. Plain JavaScript on purpose: the panel's Node server (scripts/server.mjs)
// runs without a compiler and imports this, and lib/env validates TRUSTED_PROXIES with the same parser.
import ipaddr from 'ipaddr.js';

/** The one request header in which the panel's server hands the client's address to the app (lib/auth). */
export const CLIENT_IP_HEADER = 'x-panel-client-ip';

/**
 * Set in process.env by the panel's server before Next loads: the app believes CLIENT_IP_HEADER only then, since
 * only that server removes a copy a client wrote itself.
 */
export const SERVER_MARK = '__PANEL_SERVER';

/**
 * The canonical text of an IP address (IPv4-mapped IPv6 such as `::ffff:127.0.0.1` becomes `127.0.0.1`), or null
 * when `text` is not an IP address. Strict: IPv4 only in four-part decimal, so `1`, `0x7f.1` or a host name fail.
 * @param {unknown} text
 * @returns {string | null}
 */
export function normalizeIp(text) {
  if (typeof text !== 'string') return null;
  const value = text.trim();
  if (value === '' || value.length > 64) return null;
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value).toString();
  if (!value.includes(':') || !ipaddr.IPv6.isValid(value)) return null;
  const address = ipaddr.IPv6.parse(value);
  return address.isIPv4MappedAddress() ? address.toIPv4Address().toString() : address.toString();
}

/**
 * TRUSTED_PROXIES: IPs and CIDR ranges separated by commas or spaces (`127.0.0.1, 10.0.0.0/8, ::1`).
 * Returns the ranges, or throws an Error whose message names the first entry that is neither.
 * @param {string | undefined} text
 * @returns {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>}
 */
export function parseTrustedProxies(text) {
  const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    if (entry.includes('/')) {
      const [address = '', bits = ''] = entry.split('/');
      const normal = normalizeIp(address);
      if (normal && /^\d{1,3}$/.test(bits)) {
        const parsed = ipaddr.parse(normal);
        const width = parsed.kind() === 'ipv4' ? 32 : 128;
        if (Number(bits) <= width) return /** @type {[ipaddr.IPv4 | ipaddr.IPv6, number]} */ ([parsed, Number(bits)]);
      }
    } else {
      const normal = normalizeIp(entry);
      if (normal) {
        const parsed = ipaddr.parse(normal);
        return /** @type {[ipaddr.IPv4 | ipaddr.IPv6, number]} */ ([parsed, parsed.kind() === 'ipv4' ? 32 : 128]);
      }
    }
    throw new Error(`"${entry}" is neither an IP address nor a CIDR range (such as 10.0.0.0/8)`);
  });
}

/**
 * @param {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>} ranges
 * @param {string | null} ip a normalized address
 */
export function isTrustedProxy(ranges, ip) {
  if (!ip || ranges.length === 0) return false;
  const address = ipaddr.parse(ip);
  return ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/**
 * The address of the client that made a request. The socket's peer, unless that peer is a trusted proxy: then
 * X-Forwarded-For is read from its right end (each trusted proxy appends the address it saw), skipping trusted
 * proxies, and the first address no trusted proxy vouches for is the client. An entry that is not an IP address
 * ends the walk at the last trusted hop. Anything a client writes into the header itself stays left of that point.
 * @param {{ peer: string | undefined | null, forwardedFor?: string | string[] | undefined, trusted: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> }} input
 * @returns {string | null}
 */
export function clientAddress({ peer, forwardedFor, trusted }) {
  let client = normalizeIp(peer);
  if (!isTrustedProxy(trusted, client) || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) break;
    client = hop;
    if (!isTrustedProxy(trusted, hop)) break;
  }
  return client;
}

/**
 * Whether a URL's host name is this machine (`localhost`, 127.0.0.0/8, `::1`), where plain http never leaves it.
 * @param {string} hostname as URL.hostname gives it (IPv6 in brackets)
 */
export function isLoopbackHost(hostname) {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const ip = normalizeIp(host);
  return ip !== null && ipaddr.parse(ip).range() === 'loopback';
}
