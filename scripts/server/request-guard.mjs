// What the panel's server does to every request before Next sees it: the client's address from the socket (and from
// X-Forwarded-For only behind a trusted proxy), forwarding headers a client may not set removed, body sizes capped
// before anything reads them, malformed paths sent to the not-found page, and HSTS when the panel's configured address is https.
import { CLIENT_IP_HEADER, clientAddress, isTrustedProxy, normalizeIp } from '../../lib/env/client-address.mjs';

/** Sign-in (next-auth's endpoints and the sign-in form's post) never needs more than a few hundred bytes. */
export const AUTH_BODY_CAP = 16 * 1024;
/** Server actions; keep equal to `experimental.serverActions.bodySizeLimit` in next.config.mjs. */
export const BODY_CAP = 2 * 1024 * 1024;

// Headers only a proxy in front of the panel may set. From any other peer they are a client's own words: dropped.
// X-Forwarded-Proto is dropped from every peer: Next would otherwise render a server action's redirect target by
// fetching https://HOST:PORT from itself, which this plain-http server cannot answer. Nothing of ours reads it: the
// cookie's Secure flag follows PANEL_URL.
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded'];
const ALWAYS_DROPPED = [CLIENT_IP_HEADER, 'x-forwarded-proto'];

/** Public pages whose forms anyone may post (sign-in and Accept on an invitation's landing page). */
const PUBLIC_PREFIXES = ['/invite/'];

/** The body cap of a path: small where no session is needed to send a body. */
export function bodyCapFor(pathname) {
  if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return AUTH_BODY_CAP;
  return pathname.startsWith('/api/auth/') || pathname === '/login' || pathname === '/sign-in' ? AUTH_BODY_CAP : BODY_CAP;
}

function refuse(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

// After refusing a body, what the client still sends is read and dropped for a moment before the connection closes,
// so that a client still writing gets to read the 413: closing a socket that still receives data sends a reset,
// which makes the client's system discard an answer it has not read yet. (No `Connection: close` header: Node would
// close the socket the moment the answer is out.)
const LINGER_MS = 2000;

function closeSoon(req, res) {
  const close = () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  if (res.writableFinished) close();
  else res.once('finish', close);
}

function refuseBody(req, res, cap) {
  if (!res.headersSent) refuse(res, 413, `Request body too large (limit ${cap} bytes).\n`);
  closeSoon(req, res);
}

/**
 * Counts a body as the HTTP parser hands it over (before any reader), so a chunked body without Content-Length is
 * cut off at the cap however Next reads it: the client gets 413, the rest is dropped unread until the connection
 * closes, and the reader gets nothing more. Not even an end: a reader that finished would answer on the same socket
 * and race the 413 (under load Next's answer, or its error handling, came first and the client saw only a reset);
 * it waits instead until the connection is gone.
 */
function capStreamedBody(req, res, cap) {
  let seen = 0;
  let over = false;
  const push = req.push;
  req.push = function capped(chunk, encoding) {
    if (over) return true;
    if (chunk !== null && chunk !== undefined) {
      seen += chunk.length;
      if (seen > cap) {
        over = true;
        refuseBody(req, res, cap);
        return true;
      }
    }
    return push.call(req, chunk, encoding);
  };
}

/** Next's own route for its not-found page: answers 404 with the panel's not-found page. */
export const NOT_FOUND_PATH = '/_not-found';

function malformedPath(pathname) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * @param {{ trusted: ReturnType<typeof import('../../lib/env/client-address.mjs').parseTrustedProxies>, hsts?: boolean }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when
 *   the request may go on to Next, false when it was answered here
 */
export function createRequestGuard({ trusted, hsts = false }) {
  return (req, res) => {
    const peer = req.socket.remoteAddress;
    const ip = clientAddress({ peer, forwardedFor: req.headers['x-forwarded-for'], trusted });
    for (const name of ALWAYS_DROPPED) delete req.headers[name];
    if (!isTrustedProxy(trusted, normalizeIp(peer))) for (const name of PROXY_HEADERS) delete req.headers[name];
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;

    // A Next response that throws after ours was sent must not crash the process.
    res.on('error', () => {});
    // Only with PANEL_URL https: a browser then never tries this host over plain http again.
    if (hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');

    let pathname = (req.url ?? '/').split('?')[0] ?? '/';
    // A path that is not valid percent-encoding names no page of ours (`/domains/%`): Next would hand the raw
    // segment to the page, whose decodeURIComponent throws (500). Such a request gets Next's not-found page (404)
    // before anything decodes it.
    if (malformedPath(pathname)) req.url = pathname = NOT_FOUND_PATH;
    const cap = bodyCapFor(pathname);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > cap) {
      // Nobody reads this body: it is dropped as it arrives, and the connection closes shortly after the answer.
      req.resume();
      refuseBody(req, res, cap);
      return false;
    }
    if (declared === undefined && req.headers['transfer-encoding'] !== undefined) capStreamedBody(req, res, cap);
    return true;
  };
}
