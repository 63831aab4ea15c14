// What the panel's server does to every request before Next sees it: the client's address from the socket (and from
// X-Forwarded-For only behind a trusted proxy), forwarding headers a client may not set removed.
import { CLIENT_IP_HEADER, clientAddress, isTrustedProxy, normalizeIp } from '../../lib/env/client-address.mjs';

// Headers only a proxy in front of the panel may set. From any other peer they are a client's own words: dropped.
// X-Forwarded-Proto is dropped from every peer: Next would otherwise render a server action's redirect target by
// fetching https://HOST:PORT from itself, which this plain-http server cannot answer. Nothing of ours reads it: the
// cookie's Secure flag follows PANEL_URL.
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded'];
const ALWAYS_DROPPED = [CLIENT_IP_HEADER, 'x-forwarded-proto'];

/**
 * @param {{ trusted: ReturnType<typeof import('../../lib/env/client-address.mjs').parseTrustedProxies> }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when
 *   the request may go on to Next, false when it was answered here
 */
export function createRequestGuard({ trusted }) {
  return (req, _res) => {
    const peer = req.socket.remoteAddress;
    const ip = clientAddress({ peer, forwardedFor: req.headers['x-forwarded-for'], trusted });
    for (const name of ALWAYS_DROPPED) delete req.headers[name];
    if (!isTrustedProxy(trusted, normalizeIp(peer))) for (const name of PROXY_HEADERS) delete req.headers[name];
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
    return true;
  };
}
