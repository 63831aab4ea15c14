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

/** The panel session id from the next-auth cookie, or null when absent, forged or expired. */
export async function sessionIdFromCookie(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: nextAuthSecret() });
    return typeof payload?.sid === 'string' ? payload.sid : null;
  } catch {
    return null;
  }
}
