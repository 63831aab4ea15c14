/** The sign-in flash cookie's name (lib/auth/sign-in-flash.ts), apart so that proxy.ts can name it without the rest. */
export const SIGN_IN_FLASH_COOKIE = 'panel-sign-in-flash';
/**
 * The request header through which proxy.ts hands the cookie's value to the /login page of the same request while it
 * deletes the cookie (a cookie set in the proxy also changes the cookies the page reads). The proxy drops any such
 * header a client sends.
 */
export const SIGN_IN_FLASH_HEADER = 'x-sign-in-flash';
