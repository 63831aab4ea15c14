/**
 * The HTTP face: plain node:http. `/request/<name>` (GET query string or POST form body, names case-insensitive) goes
 * to the engine, and so do the live server's paths outside /request/ (`/whois`, `/v2/…`); `/outbox` and
 * `/_sandbox/*` go to the operator routes. Bytes on the wire follow docs/dmapi-notes.md; the HTTP headers add what the live
 * server sends besides (`Server: DMAPI/1.2.53`, `Last-Modified`), see lib/sandbox/README.md "Beyond the seeds".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from './engine';
import { applyFault } from './faults';
import { handleOperator, type OperatorHooks } from './operator/routes';
import { latencyDelay, sleep } from './latency';
import { Params } from './wire/params';
import { CONTENT_TYPE, serializeReply } from './wire/reply';
import { API_VERSION } from './wire/build';

/** Apache's default LimitRequestLine: a longer GET (a whole zone in dns-zone-put) is refused with 414. */
export const MAX_GET_URL = 8192;
const MAX_POST_BODY = 16 * 1024 * 1024;
/** The HTTP `Server` header of every live DMAPI reply (recorded from DMAPI 1.2.53). */
export const SERVER_HEADER = `DMAPI/${API_VERSION}`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_POST_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookieSid(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k?.toLowerCase() === 'dmapi-auth') return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export { loopbackSocket as isLoopback } from './operator/guard';

function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': CONTENT_TYPE, 'Content-Length': Buffer.byteLength(text), Server: SERVER_HEADER });
  res.end(text);
}

/** The DMAPI request a path names, or null for an operator (or unknown) path. */
export function dmapiTarget(path: string): { name: string; via: 'request' | 'root' } | null {
  const lower = path.toLowerCase();
  if (lower.startsWith('/request/')) return { name: decodeURIComponent(path.slice('/request/'.length)).replace(/\/+$/, '').toLowerCase(), via: 'request' };
  // Joker's WHMCS module sends `v2/…` commands to https://<host>/<command> and reads /whois the same way.
  if (lower === '/whois' || lower === '/whois/' || lower.startsWith('/v2/')) return { name: decodeURIComponent(path.slice(1)).replace(/\/+$/, '').toLowerCase(), via: 'root' };
  return null;
}

export function createRequestListener(getEngine: () => Engine, hooks: OperatorHooks) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const arrived = performance.now();
    try {
      const rawUrl = req.url ?? '/';
      const url = new URL(rawUrl, 'http://sandbox.invalid');
      const target = dmapiTarget(url.pathname);
      if (!target) {
        if (await handleOperator(req, res, url, getEngine(), hooks)) return;
        sendPlain(res, 404, 'Not found\n');
        return;
      }
      if (req.method === 'GET' && rawUrl.length > MAX_GET_URL) {
        sendPlain(res, 414, '414 Request-URI Too Long\n');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
        sendPlain(res, 405, 'Method not allowed\n');
        return;
      }
      const query: Array<[string, string]> = [...url.searchParams.entries()];
      // Params keeps the first occurrence of a name: a POST body's value wins over the query string's.
      const body: Array<[string, string]> = req.method === 'POST' ? [...new URLSearchParams(await readBody(req)).entries()] : [];
      const params = new Params([...body, ...query]);
      const engine = getEngine();
      // Half the delay on the way in, half on the way out, like a round trip across the internet. Both halves count
      // from the request's arrival, so the sandbox's own reading and processing fall within the delay instead of
      // adding to it: at `--latency 150` a reply takes 150 ms (as long as processing stays below that), not 150 ms
      // plus whatever six requests dispatched one after another on this one thread add.
      const delay = latencyDelay(engine.latency);
      await sleep(arrived + delay / 2 - performance.now());
      const fault = await applyFault(engine, target.name, params, cookieSid(req.headers.cookie), req, res);
      if (fault === true) return;
      const reply = await engine.dispatch({
        ...target,
        params,
        cookieSid: cookieSid(req.headers.cookie),
        clientIp: req.socket.remoteAddress ?? '',
        ...(fault === 'nack' ? { forceNack: true } : {}),
      });
      await sleep(arrived + delay - performance.now());
      const text = serializeReply(reply);
      res.writeHead(reply.httpStatus, {
        'Content-Type': CONTENT_TYPE,
        'Content-Length': Buffer.byteLength(text),
        Server: SERVER_HEADER,
        'Last-Modified': new Date(engine.clock.now()).toUTCString(),
        ...(reply.httpHeaders ?? {}),
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    } catch (e) {
      console.error('[sandbox] request failed:', e);
      if (!res.headersSent) sendPlain(res, 500, 'Internal sandbox error\n');
      else res.destroy();
    }
  };
}
