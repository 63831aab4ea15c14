import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLogo, isPublicAddress, MAX_LOGO_BYTES } from './logo';

/**
 * The logo fetcher's guard against reaching into private networks (the owner types the address; the panel's server
 * fetches it), against a real HTTP server on this machine: refused by default, fetched only with `allowPrivate` (the
 * sandbox's setting).
 */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
let server: http.Server;
let port = 0;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/logo.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (req.url === '/logo.svg') return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    if (req.url === '/huge.png') return void res.writeHead(200).end(Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]));
    if (req.url === '/hop') return void res.writeHead(302, { location: '/logo.png' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, unique-local, CGNAT, unspecified and IPv4-mapped private addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['93.184.216.34', '2606:4700::1111', '::ffff:93.184.216.34']) expect(isPublicAddress(a), a).toBe(true);
  });
});

describe('fetchLogo', () => {
  it('refuses an address on this machine, by IP and by a name that resolves to it, before any request is made', async () => {
    hits.length = 0;
    const urls = [`http://127.0.0.1:${port}/logo.png`, `http://[::ffff:127.0.0.1]:${port}/logo.png`, `http://2130706433:${port}/logo.png`, `http://localhost:${port}/logo.png`];
    for (const url of urls) {
      await expect(fetchLogo(url), url).rejects.toThrow('private network');
    }
    expect(hits).toEqual([]);
  });

  it('with allowPrivate (the sandbox), fetches a PNG as a data: URL, following a redirect', async () => {
    const logo = await fetchLogo(`http://127.0.0.1:${port}/hop`, { allowPrivate: true });
    expect(logo).toEqual({ type: 'image/png', bytes: PNG.length, dataUrl: `data:image/png;base64,${PNG.toString('base64')}` });
  });

  it('keeps raster images only, and stops at the size limit', async () => {
    await expect(fetchLogo(`http://127.0.0.1:${port}/logo.svg`, { allowPrivate: true })).rejects.toThrow('SVG is not accepted');
    await expect(fetchLogo(`http://127.0.0.1:${port}/huge.png`, { allowPrivate: true })).rejects.toThrow('larger than 256 KiB');
    await expect(fetchLogo('ftp://example.test/logo.png')).rejects.toThrow('Only http(s)');
    await expect(fetchLogo(`http://user:pw@127.0.0.1:${port}/logo.png`, { allowPrivate: true })).rejects.toThrow('Leave user names');
  });
});
