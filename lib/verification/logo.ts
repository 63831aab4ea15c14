import 'server-only';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { ExpectedFailure } from '@/lib/failure/expected';

/**
 * The reseller's logo for the public pages is fetched once, when the owner saves its address, and kept as a data: URL.
 * The landing pages then load nothing from another site (their CSP allows images from the panel and data: only), and
 * the logo's server never learns who opened a verification link. The fetch itself refuses addresses inside private
 * networks (checked at connect time, so a DNS answer cannot change in between), follows at most 3 redirects, stops
 * after 5 seconds and 256 KiB, and keeps raster images only (an SVG may carry script).
 */
export const MAX_LOGO_BYTES = 256 * 1024;
const TIMEOUT_MS = 5000;
const MAX_REDIRECTS = 3;

const SIGNATURES: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a' },
  { type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** An address on the public internet (not loopback, private, link-local, unique-local, CGNAT, multicast …). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

const refuse = (message: string) => new ExpectedFailure(message, { code: 'invalid', fieldErrors: { logoUrl: [message] } });

export interface FetchLogoOptions {
  /** The sandbox runs on a developer's machine: its logo may come from this machine. */
  allowPrivate?: boolean;
}

export interface Logo {
  dataUrl: string;
  type: string;
  bytes: number;
}

function get(url: URL, options: FetchLogoOptions): Promise<{ status: number; location?: string; body: Buffer }> {
  const lookup = (host: string, opts: object, done: (err: Error | null, address: string | LookupAddress[], family?: number) => void) =>
    dnsLookup(host, { ...opts, all: false }, (err, address, family) => {
      if (err) return done(err, '', 0);
      if (!options.allowPrivate && !isPublicAddress(address)) return done(new Error('private-address'), '', 0);
      done(null, address, family);
    });
  // Node calls `lookup` only for names: an address written as an IP (`http://169.254.169.254/`, `http://[::1]/`, and
  // `http://2130706433/`, which the URL parser turns into 127.0.0.1) is checked here.
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivate && ipaddr.isValid(literal) && !isPublicAddress(literal)) return Promise.reject(new Error('private-address'));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { lookup: lookup as never, timeout: TIMEOUT_MS, headers: { Accept: 'image/png,image/jpeg,image/gif,image/webp' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_LOGO_BYTES) {
          req.destroy(new Error('too-large'));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

function words(error: unknown): string {
  const m = error instanceof Error ? error.message : '';
  if (m === 'private-address') return 'This address points into a private network; use the logo’s public address.';
  if (m === 'too-large') return `The image is larger than ${MAX_LOGO_BYTES / 1024} KiB; use a smaller one.`;
  if (m === 'timeout') return 'The logo’s server did not answer within 5 seconds.';
  return 'The logo could not be fetched from this address.';
}

/** Fetches and checks the logo; a refusal names the problem next to the logo field. */
export async function fetchLogo(raw: string, options: FetchLogoOptions = {}): Promise<Logo> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('Enter the full address of the image, starting with https://');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('Only http(s) addresses can be fetched.');
    if (url.username || url.password) throw refuse('Leave user names and passwords out of the address.');
    let reply;
    try {
      reply = await get(url, options);
    } catch (error) {
      throw refuse(words(error));
    }
    if (reply.status >= 300 && reply.status < 400 && reply.location) {
      if (hop >= MAX_REDIRECTS) throw refuse('The address redirects too often.');
      url = new URL(reply.location, url);
      continue;
    }
    if (reply.status !== 200) throw refuse(`The logo’s server answered HTTP ${reply.status}.`);
    const kind = SIGNATURES.find((s) => s.test(reply.body));
    if (!kind) throw refuse('This is not a PNG, JPEG, GIF or WebP image (SVG is not accepted: it may carry script).');
    return { dataUrl: `data:${kind.type};base64,${reply.body.toString('base64')}`, type: kind.type, bytes: reply.body.length };
  }
}
