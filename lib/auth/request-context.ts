import 'server-only';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { SESSION_COOKIE } from './cookie';
import { nextAuthSecret } from './keys';

/** The client's IP as the closest proxy (Next's own server) saw it: the last X-Forwarded-For entry cannot be forged. */
export function ipFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const forwarded = get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  const ip = last ?? get('x-real-ip') ?? null;
  // Node reports IPv4 clients on a dual-stack socket as IPv4-mapped IPv6 (::ffff:127.0.0.1).
  return ip?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1') ?? null;
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
