/** The next-auth session cookie. It holds an encrypted JWT whose only claim is the panel session id. */
export const SESSION_COOKIE = 'panel-session';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Secure cookies everywhere except on localhost, where the panel is served over plain HTTP during development. */
export function isSecureHost(host: string | null | undefined): boolean {
  if (!host) return true;
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? host);
  return !LOOPBACK.has(hostname.toLowerCase());
}
