import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../lib/env/client-address.mjs';
import { createRequestGuard } from './request-guard.mjs';

/** The guard in front of a stand-in for Next that reads the whole body, as Next does, and reports what it got. */
async function serve(trustedProxies: string | undefined) {
  const guard = createRequestGuard({ trusted: parseTrustedProxies(trustedProxies) });
  const seen = { bodies: [] as number[] };
  const server = http.createServer((req, res) => {
    if (!guard(req, res)) return;
    let length = 0;
    req.on('data', (chunk: Buffer) => (length += chunk.length));
    req.on('end', () => {
      seen.bodies.push(length);
      if (res.headersSent) return;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ headers: req.headers, length }));
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
