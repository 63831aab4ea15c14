/** The next-auth session cookie. It holds an encrypted JWT whose only claim is the panel session id. */
export const SESSION_COOKIE = 'panel-session';
