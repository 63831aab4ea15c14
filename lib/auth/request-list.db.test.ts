import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions } from '@/lib/db/schema';
import { lastLogId, sandboxLog, startTestWorld, type TestWorld } from './test-support';
import { kindRequests } from '@/lib/jobs/senders';
import { requestAllowed, requestPermissions } from './request-list';

vi.mock('next/headers', async () => (await import('./test-support')).nextHeadersMock());

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => world?.close());

describe('requestAllowed', () => {
  it('allows what the list holds and the always-allowed requests, refuses the rest with a reason', () => {
    const list = ['query-domain-list', 'domain-lock'];
    expect(requestAllowed(list, 'domain-lock')).toEqual({ allowed: true });
    expect(requestAllowed(list, 'DOMAIN-LOCK')).toEqual({ allowed: true });
    expect(requestAllowed(list, 'version')).toEqual({ allowed: true });
    expect(requestAllowed(list, 'domain-renew')).toEqual({ allowed: false, reason: expect.stringContaining('domain-renew') });
  });

  it('allows everything while the list is unknown', () => {
    expect(requestAllowed(null, 'domain-renew')).toEqual({ allowed: true });
    expect(requestAllowed(undefined, 'domain-renew')).toEqual({ allowed: true });
  });
});

describe('requestListFor', () => {
  async function signIn(apiKey: string): Promise<string> {
    const { signInWithCredential } = await import('./sign-in');
    const { hashSessionId } = await import('./crypto');
    const signedIn = await signInWithCredential({ method: 'api-key', apiKey }, null);
    if (!signedIn.ok) throw new Error(signedIn.error);
    return hashSessionId(signedIn.sessionId);
  }

  it('is not read at sign-in; read once on first need, stored in the session row, then served from there', async () => {
    const { requestListFor } = await import('./request-list');
    const since = await lastLogId(world.sandboxUrl);
    const id = await signIn('sandbox-modify-key');
    expect((await sandboxLog(world.sandboxUrl, since)).map((e) => e.request)).not.toContain('query-request-list');
    const stored = async () => (await world.database.db.select({ r: panelSessions.requests }).from(panelSessions).where(eq(panelSessions.id, id)))[0]?.r;
    expect(await stored()).toBeNull();

    const [a, b] = await Promise.all([requestListFor(id), requestListFor(id)]);
    expect(a).toEqual(b);
    expect(a).toContain('domain-modify');
    expect(a).not.toContain('domain-renew');
    expect(await stored()).toEqual(a);
    expect(requestAllowed(a, 'domain-renew').allowed).toBe(false);
    expect(requestAllowed(a, 'domain-lock').allowed).toBe(true);

    await requestListFor(id);
    expect((await sandboxLog(world.sandboxUrl, since)).filter((e) => e.request === 'query-request-list')).toHaveLength(1);
  });

  it('gives each bulk kind of a @modify-only key its permission: renew refused, the others allowed', async () => {
    const { requestListFor } = await import('./request-list');
    const list = await requestListFor(await signIn('sandbox-modify-key'));
    const byKind = requestPermissions(list, kindRequests());
    expect(byKind.renew).toEqual({ allowed: false, reason: expect.stringContaining('domain-renew') });
    expect([byKind.lock, byKind.autorenew, byKind.nameservers]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
  });

  it('a read-only key lists no modifying request', async () => {
    const { requestListFor } = await import('./request-list');
    const list = await requestListFor(await signIn('sandbox-readonly-key'));
    expect(list).toContain('query-domain-list');
    expect(requestAllowed(list, 'domain-lock')).toMatchObject({ allowed: false });
  });

  it('an unknown session has no list', async () => {
    const { requestListFor } = await import('./request-list');
    expect(await requestListFor('no-such-session')).toBeNull();
  });
});
