// The sign-in flash cookie's name (lib/auth/sign-in-flash.ts), apart and in plain JavaScript so that the panel's
// server (scripts/server/page-policy.mjs), which runs without a compiler, can name it.

/** The cookie a refused sign-in posted without JavaScript sets for the /login page it redirects to. */
export const SIGN_IN_FLASH_COOKIE = 'panel-sign-in-flash';
/**
 * The request header through which the panel's server hands the cookie's value to the /login page of the same request
 * while it deletes the cookie. The server drops any such header a client sends.
 */
export const SIGN_IN_FLASH_HEADER = 'x-sign-in-flash';
