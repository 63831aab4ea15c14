/**
 * Sandbox conformance (lib/sandbox/README.md, "Operator endpoints"): the operator endpoints refuse what a web page or
 * DNS rebinding could send — a foreign Host, a foreign Origin, a body that is not JSON — and accept plain local tools.
 * Also the latency knob (`POST /_sandbox/latency`).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login } from '../test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 10 });
});
afterAll(() => sb.close());

/** A raw request, so Host and Origin can be whatever a browser under attack would send. */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sb.port, method, path, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => `127.0.0.1:${sb.port}`;
const json = { 'Content-Type': 'application/json' };

describe('operator endpoint guard', () => {
  it('refuses a foreign Host (DNS rebinding), on GET too: no Auth-Sid leaves', async () => {
    await login(sb.url);
    for (const foreign of ['attacker.example', `attacker.example:${sb.port}`, `127.0.0.1.attacker.example:${sb.port}`, `127.0.0.1:${sb.port + 1}`, '10.0.0.5']) {
      const r = await raw('GET', '/_sandbox/sessions', { Host: foreign });
      expect([foreign, r.status]).toEqual([foreign, 403]);
      expect(r.text).not.toMatch(/[0-9a-f]{40}/);
    }
    expect((await raw('GET', '/outbox', { Host: 'evil.test' })).status).toBe(403);
  });

  it('accepts loopback Hosts with or without the port', async () => {
    for (const name of [host(), '127.0.0.1', `localhost:${sb.port}`, 'localhost', `[::1]:${sb.port}`]) {
      expect([name, (await raw('GET', '/_sandbox/clock', { Host: name })).status]).toEqual([name, 200]);
    }
  });

  it('refuses a foreign Origin (a web page injecting a fault), accepts a loopback one', async () => {
    const body = JSON.stringify({ request: 'query-profile', mode: 'http500', count: 1 });
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      expect([origin, (await raw('POST', '/_sandbox/faults', { Host: host(), Origin: origin, ...json }, body)).status]).toEqual([origin, 403]);
    }
    expect(sb.engine.state.faults).toEqual([]);
    expect((await raw('POST', '/_sandbox/faults', { Host: host(), Origin: 'http://localhost:3000', ...json }, JSON.stringify({ request: 'query-profile', mode: 'http500', count: 0 }))).status).toBe(200);
  });

  it('takes only JSON bodies: a form or text/plain POST (what a cross-site form sends) is refused', async () => {
    const before = sb.engine.clock.now();
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      expect([type, (await raw('POST', '/_sandbox/clock', { Host: host(), 'Content-Type': type }, 'advance=86400')).status]).toEqual([type, 415]);
    }
    expect((await raw('POST', '/_sandbox/clock', { Host: host() }, '{"advance": 86400}')).status).toBe(415);
    expect(sb.engine.clock.now() - before).toBeLessThan(86_400_000);
    expect((await raw('POST', '/_sandbox/clock', { Host: host(), ...json }, '{"advance": 60}')).status).toBe(200);
  });

  it('leaves the DMAPI itself alone: any Host and Origin may call /request/', async () => {
    const r = await raw('GET', '/request/version', { Host: 'dmapi.example', Origin: 'https://evil.example' });
    expect([r.status, r.text.startsWith('Status-Code: 0\n')]).toEqual([200, true]);
  });
});

describe('latency', () => {
  it('is read and set at run time, refuses nonsense, and delays DMAPI replies', async () => {
    const get = async () => ((await (await fetch(`${sb.url}/_sandbox/latency`)).json()) as { latency: { ms: number; jitter: number } }).latency;
    expect(await get()).toEqual({ ms: 0, jitter: 0 });
    const set = (body: unknown) => fetch(`${sb.url}/_sandbox/latency`, { method: 'POST', headers: json, body: JSON.stringify(body) });
    expect((await set({ ms: -5 })).status).toBe(400);
    expect((await set({ ms: 10, jitter: 'x' })).status).toBe(400);
    expect((await set({ ms: 400 })).status).toBe(200);
    expect(await get()).toEqual({ ms: 400, jitter: 80 });
    expect((await set({ ms: 300, jitter: 0 })).status).toBe(200);
    const t0 = performance.now();
    expect((await call(sb.url, 'version', {})).headers['Status-Code']).toBe('0');
    // A lower bound on a delay the sandbox was told to add, not a speed measurement.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(295);
    await set({ ms: 0, jitter: 0 });
  });
});
