import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { buildAuthOptions } from '@/lib/auth/next-auth';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (session, csrf, signout). The cookie is Secure when PANEL_URL is https. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  // next-auth's base URL (its redirects, its callback URL checks) is the configured panel URL, never a fallback of
  // http://localhost:3000 nor a request's Host header.
  process.env.NEXTAUTH_URL = env.PANEL_URL;
  return NextAuth(request, context, buildAuthOptions());
}

export { handler as GET, handler as POST };
