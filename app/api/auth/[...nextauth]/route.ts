import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { isSecureHost } from '@/lib/auth/cookie';
import { buildAuthOptions } from '@/lib/auth/next-auth';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (csrf, credentials callback, signout). The cookie is Secure except on localhost. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const secure = isSecureHost(request.headers.get('host'));
  return NextAuth(request, context, buildAuthOptions({ secure }));
}

export { handler as GET, handler as POST };
