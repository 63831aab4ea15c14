import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { afterFirstFlush, firstFlush, trackFirstFlush } from './first-flush.mjs';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real server whose handler runs inside trackFirstFlush, as scripts/server.mjs runs Next's. */
async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<string> {
  server = http.createServer((req, res) => trackFirstFlush(res, () => handler(req, res)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('firstFlush', () => {
  it('settles when the response writes its first bytes, not before', async () => {
    const order: string[] = [];
    const base = await serve((_req, res) => {
      void firstFlush().then(() => {
        order.push('flushed');
        res.end('lower part');
      });
      setTimeout(() => {
        order.push('write');
        res.write('first part, ');
      }, 30);
    });
    expect(await (await fetch(base)).text()).toBe('first part, lower part');
    expect(order).toEqual(['write', 'flushed']);
  });

  it('keeps every write going through a wrapper installed after it (as Next wraps res.write to compress)', async () => {
    const base = await serve((_req, res) => {
      // Compression replaces res.write and sends its output through the write it found (ours); here it upper-cases.
      const inner = res.write;
      res.write = function outer(this: http.ServerResponse, chunk: string) {
        return Reflect.apply(inner, res, [chunk.toUpperCase()]) as boolean;
      } as typeof res.write;
      res.write('first, ');
      res.write('second, ');
      void firstFlush().then(() => {
        res.write('third');
        res.end();
      });
    });
    expect(await (await fetch(base)).text()).toBe('FIRST, SECOND, THIRD');
  });

  it('settles when the response ends or closes without writing', async () => {
    const settled: string[] = [];
    const base = await serve((_req, res) => {
      void firstFlush().then(() => settled.push('flushed'));
      res.statusCode = 204;
      res.end();
    });
    expect((await fetch(base)).status).toBe(204);
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toEqual(['flushed']);
  });

  it('waits no longer than its cap, and only a turn outside a tracked response', async () => {
    const base = await serve((_req, res) => {
      const started = performance.now();
      void firstFlush(50).then(() => res.end(String(Math.round(performance.now() - started))));
    });
    const waited = Number(await (await fetch(base)).text());
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(1000);
    let turned = false;
    const outside = firstFlush().then(() => (turned = true));
    expect(turned).toBe(false);
    await outside;
    expect(turned).toBe(true);
  });

  it('afterFirstFlush hands on the value once both are there', async () => {
    const base = await serve((_req, res) => {
      void afterFirstFlush(Promise.resolve('figures')).then((value) => res.end(value));
      setTimeout(() => res.write('shell, '), 20);
    });
    expect(await (await fetch(base)).text()).toBe('shell, figures');
  });
});
