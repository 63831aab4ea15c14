import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../lib/env/client-address.mjs';
import { AUTH_BODY_CAP, BODY_CAP, createRequestGuard, NOT_FOUND_PATH } from './request-guard.mjs';

/** The guard in front of a stand-in for Next that reads the whole body, as Next does, and reports what it got. */
async function serve(trustedProxies: string | undefined) {
  const guard = createRequestGuard({ trusted: parseTrustedProxies(trustedProxies) });
  // `read`: bytes each request's reader got so far (a body cut off at the cap never ends for its reader).
  const seen = { bodies: [] as number[], read: [] as { bytes: number }[] };
  const server = http.createServer((req, res) => {
    if (!guard(req, res)) return;
    let length = 0;
    const read = { bytes: 0 };
    seen.read.push(read);
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      read.bytes = length;
    });
    req.on('end', () => {
      seen.bodies.push(length);
      if (res.headersSent) return;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ headers: req.headers, length, url: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, seen, port: (server.address() as AddressInfo).port };
}

type Reply = { status: number; body: string };

function request(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends only the head of a request that announces `length` bytes, and waits for whatever the server answers. */
function announce(port: number, path: string, length: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (c) => (answer += c.toString()));
    socket.on('close', () => resolve(answer));
  });
}

/** Streams a chunked body of `total` bytes in 64 KiB chunks until the server answers or cuts the connection. */
function stream(port: number, path: string, total: number): Promise<{ status: number | null; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let status: number | null = null;
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
      status = res.statusCode ?? null;
      res.resume();
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (sent < total && status === null && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    req.on('error', () => undefined);
    req.on('close', () => resolve({ status, sent }));
    pump();
  });
}

describe('client address', () => {
  let untrusted: Awaited<ReturnType<typeof serve>>;
  let behindProxy: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    untrusted = await serve(undefined);
    behindProxy = await serve('127.0.0.1');
  });
  afterAll(() => {
    untrusted.server.close();
    behindProxy.server.close();
  });

  it('comes from the socket; a client cannot forge it or the forwarding headers', async () => {
    const reply = await request(untrusted.port, '/login', {
      headers: { 'X-Forwarded-For': 'FORGED-not-an-ip', 'X-Panel-Client-Ip': '198.51.100.66', 'X-Forwarded-Host': 'evil.example', 'X-Real-IP': '6.6.6.6' },
    });
    const { headers } = JSON.parse(reply.body) as { headers: Record<string, string> };
    expect(headers['x-panel-client-ip']).toBe('127.0.0.1');
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-real-ip']) expect(headers[name], name).toBeUndefined();
  });

  it('comes from X-Forwarded-For when the socket peer is a trusted proxy', async () => {
    const reply = await request(behindProxy.port, '/login', {
      headers: { 'X-Forwarded-For': 'FORGED-by-client, 198.51.100.7', 'X-Forwarded-Host': 'panel.example.com', 'X-Forwarded-Proto': 'https' },
    });
    const { headers } = JSON.parse(reply.body) as { headers: Record<string, string> };
    expect(headers['x-panel-client-ip']).toBe('198.51.100.7');
    expect(headers['x-forwarded-host']).toBe('panel.example.com');
    // Next would fetch a server action's redirect target over https from this plain-http server.
    expect(headers['x-forwarded-proto']).toBeUndefined();
  });
});

describe('body caps', () => {
  let panel: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    panel = await serve(undefined);
  });
  afterAll(() => panel.server.close());

  it('refuses an announced 300 MB sign-in body at once, before reading it', async () => {
    const answer = await announce(panel.port, '/api/auth/callback/credentials', 300 * 1024 * 1024);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(panel.seen.bodies).toEqual([]);
  });

  it('caps sign-in at a few KiB and server actions at 2 MiB', async () => {
    const small = Buffer.alloc(AUTH_BODY_CAP + 1, 'a');
    expect((await request(panel.port, '/sign-in', { method: 'POST', body: small })).status).toBe(413);
    expect((await request(panel.port, '/login', { method: 'POST', body: small })).status).toBe(413);
    expect((await request(panel.port, '/invite/abc', { method: 'POST', body: small })).status).toBe(413);
    expect((await request(panel.port, '/domains', { method: 'POST', body: small })).status).toBe(200);
    expect((await request(panel.port, '/domains', { method: 'POST', body: Buffer.alloc(BODY_CAP + 1, 'a') })).status).toBe(413);
  });

  it('cuts a chunked body off at the cap; the reader never gets more, and the server stays up', async () => {
    const before = panel.seen.read.length;
    const result = await stream(panel.port, '/api/auth/signin', 64 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(64 * 1024 * 1024);
    const read = panel.seen.read.slice(before).map((r) => r.bytes);
    expect(read).toHaveLength(1);
    expect(read[0]).toBeLessThanOrEqual(AUTH_BODY_CAP);
    expect((await request(panel.port, '/api/health')).status).toBe(200);
  });
});

describe('paths', () => {
  it('sends a path that is not valid percent-encoding to the not-found page, and passes valid ones on', async () => {
    const panel = await serve(undefined);
    const url = async (path: string) => (JSON.parse((await request(panel.port, path)).body) as { url: string }).url;
    expect(await url('/domains/%')).toBe(NOT_FOUND_PATH);
    expect(await url('/domains/%E0%A4%A?x=1')).toBe(NOT_FOUND_PATH);
    expect(await url('/domains/a%2Fb')).toBe('/domains/a%2Fb');
    expect(await url('/login?q=%')).toBe('/login?q=%');
    panel.server.close();
  });
});

describe('response headers', () => {
  it('send HSTS only when the panel is configured on https', async () => {
    const guard = createRequestGuard({ trusted: [], hsts: true });
    const server = http.createServer((req, res) => {
      if (guard(req, res)) res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    server.close();
    const plain = await serve(undefined);
    expect((await fetch(`http://127.0.0.1:${plain.port}/`)).headers.get('strict-transport-security')).toBeNull();
    plain.server.close();
  });
});
