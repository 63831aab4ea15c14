/**
 * Who may use the operator endpoints (lib/sandbox/README.md, "Operator endpoints"). The socket must be loopback, and so
 * must the names the browser puts on the request: a web page could otherwise make a browser inject faults (a cross-site
 * POST), and DNS rebinding (a foreign name resolving to 127.0.0.1) could read live Auth-Sids from /_sandbox/sessions.
 * - Host: 127.0.0.1, localhost or [::1], with no port or the port the sandbox listens on;
 * - Origin: absent (curl, Node fetch, a plain navigation) or a loopback origin (any port: the panel's own pages);
 * - POST: `Content-Type: application/json`, which a cross-site form cannot send without a CORS preflight. The one
 *   exception is the invitation page's own HTML form (form-encoded), accepted only with a loopback Origin present.
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function loopbackSocket(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

/** `name[:port]` → its parts; IPv6 literals keep their brackets. */
function splitHost(value: string): { name: string; port: string | null } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(value.trim().toLowerCase());
  return { name: m?.[1] ?? '', port: m?.[2] ?? null };
}

export function loopbackHost(host: string | undefined, localPort: number | undefined): boolean {
  if (!host) return false;
  const { name, port } = splitHost(host);
  if (!LOOPBACK_NAMES.has(name)) return false;
  return port === null || port === '' || Number(port) === localPort;
}

export function loopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_NAMES.has(url.hostname.toLowerCase());
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Null when the request may proceed, else the refusal (HTTP status and a sentence). */
export function operatorRefusal(req: IncomingMessage, path: string): { status: number; error: string } | null {
  if (!loopbackSocket(req)) return { status: 403, error: 'operator endpoints answer only on loopback' };
  if (!loopbackHost(req.headers.host, req.socket.localPort)) {
    return { status: 403, error: 'operator endpoints answer only to a loopback Host (127.0.0.1, localhost or [::1])' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !loopbackOrigin(origin)) return { status: 403, error: 'operator endpoints refuse requests from a foreign Origin' };
  if (req.method === 'POST') {
    const type = mediaType(req);
    const invitationForm = path === '/_sandbox/invitation' && type === 'application/x-www-form-urlencoded' && origin !== undefined;
    if (type !== 'application/json' && !invitationForm) return { status: 415, error: 'operator POSTs take a JSON body (Content-Type: application/json)' };
  }
  return null;
}
