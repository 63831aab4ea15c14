import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { SESSION_COOKIE } from './cookie';
import { signInSchema } from './credential';
import { nextAuthSecret } from './keys';
import { ipFromHeaders } from './request-context';
import { signInWithCredential } from './sign-in';
import { endSessionById } from './sign-out';

const COOKIE_MAX_AGE = 30 * 24 * 3600;

/**
 * next-auth v4 with one credentials provider (API key, or username + password). The server performs the DMAPI
 * `login`; the JWT cookie carries only `sid`, the panel session id. Idle expiry and everything else live in the
 * session row, so the cookie's own lifetime is only an upper bound.
 */
export function buildAuthOptions({ secure }: { secure: boolean }): AuthOptions {
  return {
    secret: nextAuthSecret(),
    useSecureCookies: secure,
    session: { strategy: 'jwt', maxAge: COOKIE_MAX_AGE },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Joker.com',
        credentials: {
          method: { type: 'text' },
          apiKey: { type: 'password' },
          username: { type: 'text' },
          password: { type: 'password' },
        },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Enter your credentials.');
          const headers = (req.headers ?? {}) as Record<string, string | undefined>;
          const result = await signInWithCredential(parsed.data, ipFromHeaders((name) => headers[name]));
          // next-auth v4 hands a thrown message back to signIn() as `error`; it never contains the secret.
          if (!result.ok) throw new Error(result.error);
          return { id: result.sessionId };
        },
      }),
    ],
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
      error: (code) => console.error(`[auth] next-auth error ${code}`),
      // NEXTAUTH_URL only matters for next-auth's own redirects, which the panel does not use.
      warn: (code) => {
        if (code !== 'NEXTAUTH_URL') console.warn(`[auth] next-auth warning ${code}`);
      },
      debug: () => {},
    },
  };
}
