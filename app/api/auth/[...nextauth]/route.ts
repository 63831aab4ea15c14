import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { buildAuthOptions } from '@/lib/auth/next-auth';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * The next-auth endpoints the panel uses. The others answer 404: its own sign-in and error pages, providers, and
 * `_log`, which writes whatever anyone posts into the server log.
 */
const ENDPOINTS = new Set(['session', 'csrf', 'signout']);

/** next-auth's endpoints (session, csrf, signout). The cookie is Secure when PANEL_URL is https. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const [endpoint] = (await context.params).nextauth;
  if (!endpoint || !ENDPOINTS.has(endpoint)) return new Response('Not found.\n', { status: 404 });
  // next-auth's base URL (its redirects, its callback URL checks) is the configured panel URL, never a fallback of
  // http://localhost:3000 nor a request's Host header.
  process.env.NEXTAUTH_URL = env.PANEL_URL;
  return NextAuth(request, context, buildAuthOptions());
}

export { handler as GET, handler as POST };
