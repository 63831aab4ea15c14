import { afterEach, describe, expect, it } from 'vitest';
import { DmapiAuthError, DmapiError, DmapiTransportError } from './errors';
import { AUTH_ERROR, ok, replyText, startTestDmapi, type TestDmapi } from './test-server';
import { createTransport, encodeForm, USER_AGENT } from './transport';
import { HTML_PAGE } from './test-fixtures';
import pkg from '../../package.json';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

let server: TestDmapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A bare HTTP server for replies the canned test DMAPI cannot make (compressed, cut off, stalled). */
async function rawServer(handle: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  let received = 0;
  const server = http.createServer((req, res) => {
    received++;
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    url,
    received: () => received,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('request encoding', () => {
  it('POSTs form-encoded values to <base>/request/<name> with the panel User-Agent', async () => {
    server = await startTestDmapi(() => ok());
    const t = createTransport({ baseUrl: `${server.url}/` });
    await t.call('domain-check', { domain: 'example.com', flag: true, off: false, skip: undefined });
    const r = server.received[0];
    expect(r?.method).toBe('POST');
    expect(r?.request).toBe('domain-check');
    expect(r?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(r?.headers['user-agent']).toBe(`JokerResellerPanel/${pkg.version}`);
    expect(USER_AGENT).toBe(`JokerResellerPanel/${pkg.version}`);
    expect(r?.params).toEqual({ domain: 'example.com', flag: '1', off: '0' });
  });

  it('cannot smuggle a parameter through a value', async () => {
    server = await startTestDmapi(() => ok());
    const t = createTransport({ baseUrl: server.url });
    await t.call('domain-lock', { domain: 'a.com&auth-sid=x', 'auth-sid': 'real' });
    expect(server.received[0]?.params).toEqual({ domain: 'a.com&auth-sid=x', 'auth-sid': 'real' });
    expect(encodeForm({ domain: 'a.com&auth-sid=x' })).toBe('domain=a.com%26auth-sid%3Dx');
    expect(encodeForm({ zone: 'a\nb' })).toBe('zone=a%0Ab');
  });

  it('uses GET with a query string only when asked', async () => {
    server = await startTestDmapi(() => ok());
    const t = createTransport({ baseUrl: server.url });
    await t.call('query-profile', { 'auth-sid': 's' }, { method: 'GET' });
    expect(server.received[0]?.method).toBe('GET');
    expect(server.received[0]?.params['auth-sid']).toBe('s');
  });

  it('refuses a request name that could change the path', async () => {
    const t = createTransport({ baseUrl: 'http://127.0.0.1:9' });
    await expect(t.call('../admin', {})).rejects.toThrow(/invalid DMAPI request name/);
  });
});

describe('replies', () => {
  it('returns warnings, Tracking-Id and Proc-ID of a success', async () => {
    server = await startTestDmapi(() => ok('', [['Proc-ID', '917263183'], ['Warning', 'w1'], ['Warning', 'w2']]));
    const r = await createTransport({ baseUrl: server.url }).call('domain-renew', {});
    expect(r.procId).toBe('917263183');
    expect(r.trackingId).toBe('a1b2c3d4e5f6');
    expect(r.warnings).toEqual(['w1', 'w2']);
  });

  it('accepts 1000 as success', async () => {
    server = await startTestDmapi(() => replyText([['Status-Code', '1000'], ['Status-Text', 'OK']], 'domain-status: available\n'));
    const r = await createTransport({ baseUrl: server.url }).call('domain-check', {});
    expect(r.statusCode).toBe(1000);
  });

  it('turns a DMAPI error into DmapiError with every Error line and a user message', async () => {
    server = await startTestDmapi(() =>
      replyText([['Status-Code', '2400'], ['Status-Text', 'Command failed'], ['Error', 'line 2: bad'], ['Error', 'line 5: bad'], ['Tracking-Id', 't9']]),
    );
    const e = await failure(createTransport({ baseUrl: server.url }).call('dns-zone-put', {}));
    expect(e).toBeInstanceOf(DmapiError);
    expect(e).not.toBeInstanceOf(DmapiAuthError);
    const err = e as DmapiError;
    expect(err.errors).toEqual(['line 2: bad', 'line 5: bad']);
    expect(err.statusCode).toBe(2400);
    expect(err.httpStatus).toBe(200);
    expect(err.trackingId).toBe('t9');
    expect(err.request).toBe('dns-zone-put');
    expect(err.userMessage).toMatch(/could not carry out/);
  });

  it('treats HTTP 401 and Status-Code 2200 each as an auth error', async () => {
    server = await startTestDmapi(() => AUTH_ERROR);
    const t = createTransport({ baseUrl: server.url });
    const e1 = (await failure(t.call('query-profile', {}))) as DmapiAuthError;
    expect(e1).toBeInstanceOf(DmapiAuthError);
    expect(e1.httpStatus).toBe(401);
    expect(e1.statusCode).toBe(2200);
    server.handle(() => ({ status: 200, body: replyText([['Status-Code', '2200'], ['Status-Text', 'Authentication error']]) }));
    expect(await failure(t.call('query-profile', {}))).toBeInstanceOf(DmapiAuthError);
    server.handle(() => ({ status: 401, body: replyText([['Status-Code', '0'], ['Status-Text', 'OK']]) }));
    expect(await failure(t.call('query-profile', {}))).toBeInstanceOf(DmapiAuthError);
  });

  it.each([
    ['an HTML page', { status: 200, body: HTML_PAGE }, 'not-dmapi'],
    ['an empty body', { status: 200, body: '' }, 'empty'],
    ['truncated headers', { status: 200, body: 'Status-Code: 0\nStatus-Te' }, 'truncated'],
    ['HTTP 502 from a proxy', { status: 502, body: HTML_PAGE }, 'http'],
  ])('turns %s into a transport error', async (_name, reply, kind) => {
    server = await startTestDmapi(() => reply);
    const e = (await failure(createTransport({ baseUrl: server.url }).call('query-profile', {}))) as DmapiTransportError;
    expect(e).toBeInstanceOf(DmapiTransportError);
    expect(e.kind).toBe(kind);
    expect(e.userMessage).toMatch(/could not be reached|unreadable/);
  });

  it('times out', async () => {
    server = await startTestDmapi(() => ({ body: ok(), delayMs: 500 }));
    const e = (await failure(createTransport({ baseUrl: server.url, timeoutMs: 100 }).call('query-profile', {}))) as DmapiTransportError;
    expect(e).toBeInstanceOf(DmapiTransportError);
    expect(e.kind).toBe('timeout');
  });

  it('reports a refused connection as refused (the request never reached Joker)', async () => {
    const closed = await rawServer(() => undefined);
    await closed.close();
    const e = (await failure(createTransport({ baseUrl: closed.url }).call('query-profile', {}))) as DmapiTransportError;
    expect(e).toBeInstanceOf(DmapiTransportError);
    expect(e.kind).toBe('refused');
  });

  it('times out when the body stops arriving after the headers', async () => {
    const raw = await rawServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '500' });
      res.write('Status-Code: 0\n');
    });
    try {
      const e = (await failure(createTransport({ baseUrl: raw.url, timeoutMs: 150 }).call('query-profile', {}))) as DmapiTransportError;
      expect(e.kind).toBe('timeout');
    } finally {
      await raw.close();
    }
  });

  it('turns a reply cut off mid-body into a transport error, never a shorter reply', async () => {
    const raw = await rawServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '500' });
      res.write(ok('a.com 2027-01-01\n'), () => res.socket?.destroy());
    });
    try {
      const e = (await failure(createTransport({ baseUrl: raw.url }).call('query-domain-list', {}))) as DmapiTransportError;
      expect(e).toBeInstanceOf(DmapiTransportError);
      expect(e.kind).toBe('network');
    } finally {
      await raw.close();
    }
  });
});

describe('the HTTP exchange', () => {
  it('waits for a reply slower than the idle-socket time (4 s) on a kept connection: only idle sockets are dropped', async () => {
    let n = 0;
    server = await startTestDmapi(() => ({ body: ok(String(++n)), delayMs: n === 2 ? 4_500 : 0 }));
    const t = createTransport({ baseUrl: server.url });
    expect((await t.call('query-profile', {})).body).toBe('1');
    expect((await t.call('query-profile', {})).body).toBe('2');
  }, 15_000);

  it('asks for a compressed reply and inflates it (gzip, deflate, br)', async () => {
    const body = ok('a.com 2027-01-01\n'.repeat(200));
    for (const [encoding, pack] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
      let asked = '';
      const raw = await rawServer((req, res) => {
        asked = String(req.headers['accept-encoding']);
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': encoding });
        res.end(pack(Buffer.from(body)));
      });
      try {
        const r = await createTransport({ baseUrl: raw.url }).call('query-domain-list', {});
        expect(asked).toContain(encoding);
        expect(r.body).toBe('a.com 2027-01-01\n'.repeat(200));
      } finally {
        await raw.close();
      }
    }
  });

  it('keeps the connection for the next call, and a write after the server closed an idle one still goes out once', async () => {
    const sockets = new Set<unknown>();
    const raw = await rawServer((req, res) => {
      sockets.add(req.socket);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(ok('', [['Proc-ID', '7']]));
    });
    try {
      const t = createTransport({ baseUrl: raw.url });
      await t.call('query-profile', {});
      await t.call('query-profile', {});
      expect(sockets.size).toBe(1);
      // The server drops the idle connection (as a server does after its keep-alive time).
      raw.server.closeIdleConnections();
      await new Promise((r) => setTimeout(r, 100));
      expect((await t.call('domain-renew', { domain: 'a.com', period: 12 })).procId).toBe('7');
      expect(sockets.size).toBe(2);
      expect(raw.received()).toBe(3);
    } finally {
      await raw.close();
    }
  });
});

describe('retries', () => {
  it('retries a read once after a transport failure', async () => {
    let n = 0;
    server = await startTestDmapi(() => (++n === 1 ? { body: '', destroy: true } : ok('a.com 2027-01-01')));
    const r = await createTransport({ baseUrl: server.url }).call('query-domain-list', {}, { idempotent: true });
    expect(r.body).toBe('a.com 2027-01-01');
    expect(server.received).toHaveLength(2);
  });

  it('gives up on a read after the second transport failure', async () => {
    server = await startTestDmapi(() => ({ status: 200, body: HTML_PAGE }));
    await expect(createTransport({ baseUrl: server.url }).call('query-domain-list', {}, { idempotent: true })).rejects.toBeInstanceOf(DmapiTransportError);
    expect(server.received).toHaveLength(2);
  });

  it('never retries a write after a transport failure (a renew must not run twice)', async () => {
    server = await startTestDmapi(() => ({ body: ok('', [['Proc-ID', '1']]), delayMs: 300 }));
    await expect(createTransport({ baseUrl: server.url, timeoutMs: 100 }).call('domain-renew', { domain: 'a.com' })).rejects.toBeInstanceOf(DmapiTransportError);
    await new Promise((r) => setTimeout(r, 350));
    expect(server.received).toHaveLength(1);
  });

  it('never retries a DMAPI error, even for a read', async () => {
    server = await startTestDmapi(() => replyText([['Status-Code', '2303'], ['Status-Text', 'Object does not exist']]));
    await expect(createTransport({ baseUrl: server.url }).call('query-whois', {}, { idempotent: true })).rejects.toBeInstanceOf(DmapiError);
    expect(server.received).toHaveLength(1);
  });
});
