import { type NextRequest, NextResponse } from 'next/server';
import { SIGN_IN_FLASH_COOKIE, SIGN_IN_FLASH_HEADER } from '@/lib/auth/sign-in-flash-cookie';

/**
 * Content-Security-Policy with a fresh nonce per request. Next reads the nonce from the policy on the request and puts
 * it on its own scripts; 'strict-dynamic' lets those load the app's chunks. Styles allow 'unsafe-inline': React and
 * the table/virtual-list components set style attributes, which a nonce cannot cover. Development adds
 * 'unsafe-eval' (React's dev tooling evaluates server stacks).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  // A refused sign-in's message (lib/auth/sign-in-flash.ts) is shown once: handed to the /login page in a header, and
  // deleted by the response that shows it.
  headers.delete(SIGN_IN_FLASH_HEADER);
  const flash = request.method === 'GET' && request.nextUrl.pathname === '/login' ? request.cookies.get(SIGN_IN_FLASH_COOKIE)?.value : undefined;
  if (flash) headers.set(SIGN_IN_FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (flash !== undefined) response.cookies.set(SIGN_IN_FLASH_COOKIE, '', { path: '/login', maxAge: 0, httpOnly: true, sameSite: 'lax' });
  return response;
}

export const config = {
  // Static files carry no script of their own to allow.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
