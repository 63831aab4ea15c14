import 'server-only';
import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { SESSION_COOKIE } from './cookie';
import { nextAuthSecret } from './keys';

/** Upper bound of the cookie's life only: the session row decides (idle and absolute expiry). */
export const COOKIE_MAX_AGE = 30 * 24 * 3600;

/** Secure follows configuration (PANEL_URL is https), never a request's Host header. */
export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: env.PANEL_SECURE };
}

/**
 * Sets next-auth's session cookie for a new panel session: an encrypted JWT whose only claim is the session id, the
 * same token next-auth itself would issue, so next-auth's session and sign-out endpoints read it.
 */
export async function issueSessionCookie(sessionId: string): Promise<void> {
  const token = await encode({ token: { sid: sessionId }, secret: nextAuthSecret(), maxAge: COOKIE_MAX_AGE });
  (await cookies()).set(SESSION_COOKIE, token, { ...sessionCookieOptions(), maxAge: COOKIE_MAX_AGE });
}
