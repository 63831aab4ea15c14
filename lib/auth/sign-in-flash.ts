import 'server-only';
import { z } from 'zod';
import type { SignInState } from './credential';
import { sessionCookieOptions } from './session-cookie';

/**
 * A refused sign-in posted without JavaScript comes back to /login through a redirect (post → redirect → get); this
 * short-lived cookie carries what the page shows again: the reason, the method and the username. Never the key or
 * the password. Only the sign-in route sets it (httpOnly, path /login). The panel's server
 * (scripts/server/page-policy.mjs) hands its value to the page in a request header and deletes it on that same
 * response, so the message shows once and not again on a reload; the page reads it as untrusted input.
 */
export { SIGN_IN_FLASH_COOKIE, SIGN_IN_FLASH_HEADER } from './sign-in-flash-cookie.mjs';
export const SIGN_IN_FLASH_MAX_AGE = 60;

const flashSchema = z.object({
  method: z.enum(['api-key', 'password']),
  username: z.string().max(254),
  error: z.string().max(2000).optional(),
});

export function encodeSignInFlash(state: SignInState): string {
  const kept: SignInState = { method: state.method, username: state.username.slice(0, 254), error: state.error?.slice(0, 2000) };
  return Buffer.from(JSON.stringify(kept), 'utf8').toString('base64url');
}

export function decodeSignInFlash(value: string | undefined): SignInState | undefined {
  if (!value || value.length > 8192) return undefined;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function signInFlashCookieOptions() {
  return { ...sessionCookieOptions(), path: '/login', maxAge: SIGN_IN_FLASH_MAX_AGE };
}
