import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from './route';

const call = (handler: typeof GET, endpoint: string[], init?: ConstructorParameters<typeof NextRequest>[1]) =>
  handler(new NextRequest(`http://127.0.0.1/api/auth/${endpoint.join('/')}`, init), { params: Promise.resolve({ nextauth: endpoint }) });

describe('next-auth route', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses next-auth endpoints the panel does not use; nothing reaches the server log', async () => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'info'), vi.spyOn(console, 'log')];
    const body = new URLSearchParams({ code: 'INJECTED', level: 'error', message: 'FORGED log line' });
    const log = await call(POST, ['_log'], { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(log.status).toBe(404);
    for (const endpoint of [['signin'], ['callback', 'credentials'], ['providers'], ['error'], ['verify-request']]) {
      expect((await call(GET, endpoint)).status, endpoint.join('/')).toBe(404);
    }
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });
});
