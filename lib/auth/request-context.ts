import 'server-only';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { CLIENT_IP_HEADER, normalizeIp, SERVER_MARK } from '@/lib/env/client-address.mjs';
import { SESSION_COOKIE } from './cookie';
import { nextAuthSecret } from './keys';

/**
 * The client's IP address as the panel's server (scripts/server.mjs) computed it from the socket, and from
 * X-Forwarded-For only when the socket's peer is a trusted proxy. The server drops any copy of this header a client
 * sends. Without that server in front (`next start` alone) the header is not believed and the address is unknown.
 */
export function ipFromHeaders(get: (name: string) => string | null | undefined): string | null {
  if (process.env[SERVER_MARK] !== '1') return null;
  return normalizeIp(get(CLIENT_IP_HEADER));
}

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return ipFromHeaders((name) => h.get(name));
}

/**
 * Decoded session cookies by their text. The cookie is a JWE: the same bytes always decode to the same payload, and
 * only its expiry changes with time, so a cookie already decoded is not decoded again until it expires. Decoding
 * (next-auth's key derivation, then decryption) took about 5 ms of every panel request, before its first DMAPI call.
 * Only cookies that decoded are held (a forged one is decoded every time and never fills the map); the oldest go
 * first past DECODED_MAX. Whether the session itself still holds is the database's answer on every request
 * (lookupSession), not this map's.
 */
const decoded = new Map<string, { sid: string; until: number }>();
const DECODED_MAX = 5_000;

/** The panel session id in a session cookie's text, or null when it is forged, expired or has none. */
export async function sessionIdFromToken(token: string, secret: string, now = Date.now(), decoder: typeof decode = decode): Promise<string | null> {
  const held = decoded.get(token);
  if (held) {
    if (held.until > now) return held.sid;
    decoded.delete(token);
  }
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decoder({ token, secret });
  } catch {
    return null;
  }
  if (typeof payload?.sid !== 'string') return null;
  // next-auth has checked exp (with its clock tolerance) against the real clock; the map keeps it to exp exactly.
  if (typeof payload.exp === 'number') {
    decoded.set(token, { sid: payload.sid, until: payload.exp * 1000 });
    if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value as string);
  }
  return payload.sid;
}

/** The panel session id from the next-auth cookie, or null when absent, forged or expired. */
export async function sessionIdFromCookie(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return sessionIdFromToken(token, nextAuthSecret());
}
