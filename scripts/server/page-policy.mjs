// The Content-Security-Policy with a fresh nonce per request, and the one-time sign-in message's hand-over, done by the
// panel's server before Next sees the request. Next reads the nonce from the request's Content-Security-Policy header
// and puts it on its own scripts. (These lived in a Next proxy (middleware) before: it cost about 1.3 ms of CPU on
// every request, and it made Next buffer every request body.)
import { randomBytes } from 'node:crypto';
import { SIGN_IN_FLASH_COOKIE, SIGN_IN_FLASH_HEADER } from '../../lib/auth/sign-in-flash-cookie.mjs';

/**
 * 'strict-dynamic' lets Next's nonced scripts load the app's chunks. Styles allow 'unsafe-inline': React and the
 * table/virtual-list components set style attributes, which a nonce cannot cover. Development adds 'unsafe-eval'
 * (React's dev tooling evaluates server stacks).
 * @param {string} nonce
 * @param {boolean} dev
 */
export function contentSecurityPolicy(nonce, dev) {
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

/** The value of cookie `name` in a Cookie header, or undefined. */
export function cookieValue(header, name) {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Sets the policy on the request (for Next) and on the response. Static files carry no script of their own to allow.
 * A refused sign-in's message (lib/auth/sign-in-flash.ts) is shown once: its cookie's value goes to the /login page
 * in a request header, and the same response deletes the cookie. A copy of that header a client sends is dropped.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {boolean} dev
 */
export function applyPagePolicy(req, res, pathname, dev) {
  delete req.headers[SIGN_IN_FLASH_HEADER];
  if (pathname.startsWith('/_next/static/')) return;
  const policy = contentSecurityPolicy(randomBytes(16).toString('base64'), dev);
  req.headers['content-security-policy'] = policy;
  delete req.headers['content-security-policy-report-only'];
  res.setHeader('Content-Security-Policy', policy);
  if (req.method !== 'GET' || pathname !== '/login') return;
  const flash = cookieValue(req.headers.cookie, SIGN_IN_FLASH_COOKIE);
  if (flash === undefined) return;
  req.headers[SIGN_IN_FLASH_HEADER] = flash;
  res.appendHeader('Set-Cookie', `${SIGN_IN_FLASH_COOKIE}=; Path=/login; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax`);
}
