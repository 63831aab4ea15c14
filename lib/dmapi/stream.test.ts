import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DmapiClient } from './client';
import { DmapiError, DmapiTransportError } from './errors';
import { headerEnd } from './stream';
import { AUTH_ERROR, ok, replyText, startTestDmapi, type TestDmapi } from './test-server';
import { loginReply } from './test-fixtures';
import { createTransport } from './transport';

let server: TestDmapi | undefined;
let raw: http.Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await new Promise((r) => (raw ? raw.close(r) : r(undefined)));
  raw = undefined;
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('headerEnd', () => {
  it('finds the empty line after the header block, LF or CRLF', () => {
    const enc = new TextEncoder();
    expect(headerEnd(enc.encode('A: 1\nB: 2\n\nbody'))).toBe(11);
    expect(headerEnd(enc.encode('A: 1\r\n\r\nbody'))).toBe(8);
    expect(headerEnd(enc.encode('A: 1\nB: 2\n'))).toBe(-1);
  });
});

describe('transport.stream', () => {
  it('checks the header block, then hands on the body unchanged as it arrives in chunks', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `d${i}.com 2027-01-01 lock`).join('\n');
    const head = replyText([['Status-Code', '0'], ['Status-Text', 'Command completed successfully'], ['Columns', 'domain,expiration_date,domain_status']]);
    // A raw server that writes the header block and the body in separate, delayed chunks.
    raw = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.write(head.slice(0, 10));
      setTimeout(() => {
        res.write(head.slice(10) + body.slice(0, 1000));
        setTimeout(() => res.end(body.slice(1000)), 20);
      }, 20);
    });
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
    const reply = await createTransport({ baseUrl: url }).stream!('query-domain-list', { 'auth-sid': 'x' });
    expect(reply.statusCode).toBe(0);
    expect(reply.headers.columns).toEqual(['domain,expiration_date,domain_status']);
    expect(await readAll(reply.stream)).toBe(body);
  });

  it('throws the typed DMAPI error before any byte of the body, and a transport error for HTML', async () => {
    server = await startTestDmapi((req) =>
      req.request === 'query-domain-list'
        ? replyText([['Status-Code', '2400'], ['Status-Text', 'Command failed'], ['Error', 'pattern: bad']])
        : { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' },
    );
    const transport = createTransport({ baseUrl: server.url });
    await expect(transport.stream!('query-domain-list', {})).rejects.toSatisfy((e) => e instanceof DmapiError && e.errors[0] === 'pattern: bad');
    await expect(transport.stream!('query-ns-list', {})).rejects.toBeInstanceOf(DmapiTransportError);
  });
});

describe('DmapiClient.stream', () => {
  it('logs in again once on 401/2200 and streams the repeated read', async () => {
    let listCalls = 0;
    server = await startTestDmapi((req) => {
      if (req.request === 'login') return loginReply({});
      listCalls += 1;
      return listCalls === 1 ? AUTH_ERROR : ok('a.de 2027-01-01\nb.de 2028-01-01');
    });
    const client = new DmapiClient({ transport: createTransport({ baseUrl: server.url }), credential: { apiKey: 'k' } });
    const reply = await client.stream('query-domain-list', {}, { idempotent: true });
    expect(await readAll(reply.stream)).toBe('a.de 2027-01-01\nb.de 2028-01-01');
    expect(server.received.map((r) => r.request)).toEqual(['login', 'query-domain-list', 'login', 'query-domain-list']);
  });
});
