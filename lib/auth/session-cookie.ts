import 'server-only';
import { cookies, headers } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { isSecureHost, SESSION_COOKIE } from './cookie';
import { nextAuthSecret } from './keys';

/** Upper bound of the cookie's life only: the session row decides (idle and absolute expiry). */
export const COOKIE_MAX_AGE = 30 * 24 * 3600;

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
}

/** Whether the session cookie is sent over https only. */
export async function secureCookies(): Promise<boolean> {
  return isSecureHost((await headers()).get('host'));
}

/**
 * Sets next-auth's session cookie for a new panel session: an encrypted JWT whose only claim is the session id, the
 * same token next-auth itself would issue, so next-auth's session and sign-out endpoints read it.
 */
export async function issueSessionCookie(sessionId: string): Promise<void> {
  const token = await encode({ token: { sid: sessionId }, secret: nextAuthSecret(), maxAge: COOKIE_MAX_AGE });
  (await cookies()).set(SESSION_COOKIE, token, { ...sessionCookieOptions(await secureCookies()), maxAge: COOKIE_MAX_AGE });
}
