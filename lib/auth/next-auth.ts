import 'server-only';
import { log } from '@/lib/log';
import type { AuthOptions } from 'next-auth';
import { SESSION_COOKIE } from './cookie';
import { nextAuthSecret } from './keys';
import { COOKIE_MAX_AGE, sessionCookieOptions } from './session-cookie';
import { endSessionById } from './sign-out';

/**
 * next-auth v4 for the session cookie and its endpoints (session, csrf, signout). Signing in is the sign-in page's
 * server action (app/(auth)/actions.ts), which performs the DMAPI `login` and issues the same JWT cookie: it carries
 * only `sid`, the panel session id. Idle and absolute expiry live in the session row, so the cookie's own lifetime
 * is only an upper bound.
 */
export function buildAuthOptions(): AuthOptions {
  const cookie = sessionCookieOptions();
  return {
    secret: nextAuthSecret(),
    useSecureCookies: cookie.secure,
    session: { strategy: 'jwt', maxAge: COOKIE_MAX_AGE },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: cookie,
      },
    },
    pages: { signIn: '/login', error: '/login' },
    // No provider: next-auth signs nobody in itself (see above).
    providers: [],
    callbacks: {
      jwt: ({ token, user }) => ({ sid: user?.id ?? token.sid }),
      // /api/auth/session tells the browser nothing but that a session exists and when the cookie ends.
      session: ({ session }) => ({ expires: session.expires }),
    },
    events: {
      // next-auth's own /api/auth/signout route: end the DMAPI session and the row like the panel's sign-out does.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endSessionById(token.sid);
      },
    },
    logger: {
      error: (code) => log('auth').error({ code }, 'next-auth error'),
      warn: (code) => log('auth').warn({ code }, 'next-auth warning'),
      debug: () => {},
    },
  };
}
