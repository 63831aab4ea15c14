import { describe, expect, it } from 'vitest';

describe('session cookie', () => {
  it('is Secure because PANEL_URL is https, whatever Host a request names; next-auth uses the same options', async () => {
    process.env.PANEL_URL = 'https://panel.example.com';
    process.env.PANEL_SECRET = 'cookie-test-secret-'.padEnd(48, 'x');
    const { sessionCookieOptions } = await import('./session-cookie');
    const { buildAuthOptions } = await import('./next-auth');
    expect(sessionCookieOptions()).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    const options = buildAuthOptions();
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken?.options).toMatchObject({ secure: true, httpOnly: true });
    expect(options.providers).toEqual([]);
  });
});
