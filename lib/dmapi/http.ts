/**
 * One HTTP exchange with the DMAPI on node:http / node:https and a keep-alive agent per protocol.
 *
 * Not fetch: a panel page makes five to eight DMAPI calls, and fetch (undici with WHATWG streams, an AbortSignal
 * and a Response per call) costs about 0.5 ms of CPU per call more than node:http does for the same short reply
 * (measured: about 0.55–0.8 ms against 0.17–0.27 ms per call on the sandbox). Under load that CPU is the panel's
 * queue. Behaviour kept from fetch:
 * - compressed replies are asked for and inflated (gzip, deflate, br), off the main thread;
 * - one deadline covers the whole exchange, the body included (`timeoutMs`); on it the socket is destroyed;
 * - redirects are not followed (a 3xx is judged as the reply it is);
 * - an idle kept-alive socket is dropped after IDLE_SOCKET_MS, below the usual server keep-alive of 5 s, or sooner
 *   when the server's `Keep-Alive: timeout=` hint says so (node's agent reads it), so that a request is not written to
 *   a socket the server has just closed (such a write fails, and a write is never repeated).
 */
import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const IDLE_SOCKET_MS = 4_000;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
};

const inflate: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

export interface HttpReply {
  status: number;
  text: string;
}

/** The deadline's error (the transport reports it as a timeout). */
export class HttpTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

export function httpExchange(
  url: URL,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
): Promise<HttpReply> {
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new TypeError(`unsupported protocol ${url.protocol}`));
  const send = url.protocol === 'https:' ? https.request : http.request;
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, reply?: HttpReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(reply!);
    };
    const req = send(url, {
      method,
      agent,
      headers: {
        ...headers,
        'Accept-Encoding': 'gzip, deflate, br',
        ...(payload ? { 'Content-Length': String(payload.length) } : {}),
      },
    });
    // Declared after `finish`, which only runs on later events, after this line.
    const timer = setTimeout(() => {
      const error = new HttpTimeoutError(timeoutMs);
      req.destroy(error);
      finish(error);
    }, timeoutMs);
    req.on('error', (e) => finish(e));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (e) => finish(e));
      // A reply cut off mid-body ends in 'aborted'/'error' (with res.complete false), never in a short success.
      res.on('close', () => {
        if (!res.complete) finish(Object.assign(new Error('the connection closed before the reply was complete'), { code: 'ECONNRESET' }));
      });
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const decode = encoding && encoding !== 'identity' ? inflate[encoding] : undefined;
        if (encoding && encoding !== 'identity' && !decode) {
          finish(new Error(`unsupported content encoding ${encoding}`));
          return;
        }
        const status = res.statusCode ?? 0;
        // Settled on the next turn: the agent takes the socket back on a nextTick after 'end', and a caller's next
        // call (a chain of reads) should find it there rather than open a new connection.
        if (!decode) setImmediate(() => finish(undefined, { status, text: raw.toString('utf8') }));
        else decode(raw).then((plain) => finish(undefined, { status, text: plain.toString('utf8') }), (e: Error) => finish(e));
      });
    });
    req.end(payload);
  });
}
