/**
 * Test helper: a tiny local DMAPI over node:http that serves reply texts, so tests make a real HTTP round trip.
 * Not used by production code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  request: string;
  method: string;
  params: Record<string, string>;
  /** The raw form body as it arrived. */
  rawBody: string;
  headers: http.IncomingHttpHeaders;
}

export interface CannedReply {
  status?: number;
  body: string;
  contentType?: string;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  /** Drop the connection without an answer. */
  destroy?: boolean;
}

export type Handler = (req: ReceivedRequest) => CannedReply | string | Promise<CannedReply | string>;

export interface TestDmapi {
  url: string;
  received: ReceivedRequest[];
  /** Replace the handler (tests change behaviour mid-way). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Build a reply text the way the wire does: `Name: value` lines, one empty line, the body. */
export function replyText(headers: ReadonlyArray<readonly [string, string]>, body = ''): string {
  return `${headers.map(([n, v]) => `${n}: ${v}`).join('\n')}\n\n${body}`;
}

export const OK_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Status-Code', '0'],
  ['Status-Text', 'Command completed successfully'],
  ['Tracking-Id', 'a1b2c3d4e5f6'],
  ['SvTrId', 'a1b2c3d4e5f6'],
  ['Version', '1.2.53'],
];

export function ok(body = '', extra: ReadonlyArray<readonly [string, string]> = []): string {
  return replyText([...OK_HEADERS, ...extra], body);
}

export const AUTH_ERROR: CannedReply = {
  status: 401,
  body: replyText([['Status-Code', '2200'], ['Status-Text', 'Authentication error'], ['Version', '1.2.53']]),
};

export async function startTestDmapi(handler: Handler): Promise<TestDmapi> {
  let current = handler;
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const form = new URLSearchParams(req.method === 'GET' ? url.search : rawBody);
        const params: Record<string, string> = {};
        for (const [k, v] of form) params[k.toLowerCase()] = v;
        const entry: ReceivedRequest = {
          request: url.pathname.replace(/^\/request\//, ''),
          method: req.method ?? '',
          params,
          rawBody,
          headers: req.headers,
        };
        received.push(entry);
        const answer = await current(entry);
        const reply: CannedReply = typeof answer === 'string' ? { body: answer } : answer;
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (reply.destroy) {
          req.socket.destroy();
          return;
        }
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'Content-Type': reply.contentType ?? 'text/plain; charset=utf-8' });
        res.end(reply.body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
