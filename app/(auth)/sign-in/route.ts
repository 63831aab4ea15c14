import { cookies } from 'next/headers';
import { requestIp } from '@/lib/auth/request-context';
import { isSameOriginPost } from '@/lib/auth/same-origin';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { signInFromForm } from '@/lib/auth/sign-in';
import { encodeSignInFlash, SIGN_IN_FLASH_COOKIE, signInFlashCookieOptions } from '@/lib/auth/sign-in-flash';

const NO_STORE = { 'Cache-Control': 'no-store' };

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

/**
 * Sign-in: the sign-in form posts here, with or without JavaScript (a POST body, never a URL: the key or password
 * never lands in the address bar or a log of URLs). The server performs the DMAPI `login` and sets the session
 * cookie. The answer is a redirect (303) to the panel, or back to /login with the reason in a short-lived cookie;
 * the sign-in form lets the browser post and follow it, with or without JavaScript. The panel's page then loads as a
 * new document whose HTML streams its first screen before any of its scripts, sooner than a client-side navigation
 * that must first load the panel's scripts, and no second request builds the page again (a server action that sets a
 * cookie makes the router fetch the current route once more).
 *
 * Open to everyone: it is the way in. A post from another site is refused (login CSRF); lib/auth limits attempts
 * per client address and per credential; the panel's server caps the body at a few kilobytes before it is read.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers)) {
    return new Response('Sign-in refused: the form was not posted from this panel.\n', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Sign-in refused: the form could not be read.\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE } });
  }
  const result = await signInFromForm(form, await requestIp());
  const jar = await cookies();
  if (!result.ok) {
    jar.set(SIGN_IN_FLASH_COOKIE, encodeSignInFlash(result.state), signInFlashCookieOptions());
    return seeOther('/login');
  }
  await issueSessionCookie(result.sessionId);
  if (jar.has(SIGN_IN_FLASH_COOKIE)) jar.delete({ name: SIGN_IN_FLASH_COOKIE, path: '/login' });
  return seeOther(result.role === 'customer' ? '/my-domains' : '/');
}
