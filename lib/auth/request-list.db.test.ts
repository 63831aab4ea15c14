import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions } from '@/lib/db/schema';
import { actAs, lastLogId, sandboxLog, startTestWorld, type TestWorld } from './test-support';
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

describe('the request list at sign-in', () => {
  const stored = async (id: string) => (await world.database.db.select({ r: panelSessions.requests }).from(panelSessions).where(eq(panelSessions.id, id)))[0]?.r ?? null;

  /** Signs in and waits for the sign-in's read of the list to be stored (the sign-in answer does not wait for it). */
  async function signIn(apiKey: string): Promise<{ id: string; cookieId: string }> {
    const { signInWithCredential } = await import('./sign-in');
    const { hashSessionId } = await import('./crypto');
    const { pendingRequestList } = await import('./request-list');
    const signedIn = await signInWithCredential({ method: 'api-key', apiKey }, null);
    if (!signedIn.ok) throw new Error(signedIn.error);
    const id = hashSessionId(signedIn.sessionId);
    expect(pendingRequestList(id)).toBeInstanceOf(Promise);
    await pendingRequestList(id);
    return { id, cookieId: signedIn.sessionId };
  }

  it('is read once at sign-in and stored in the session row; later views take it from the row, not the DMAPI', async () => {
    const since = await lastLogId(world.sandboxUrl);
    const { id, cookieId } = await signIn('sandbox-modify-key');
    const list = await stored(id);
    expect(list).toContain('domain-modify');
    expect(list).not.toContain('domain-renew');

    const { pendingRequestList } = await import('./request-list');
    const { getSession } = await import('./session');
    expect(pendingRequestList(id)).toBeUndefined();
    await actAs(cookieId);
    for (let i = 0; i < 2; i++) expect((await getSession())?.requests).toEqual(list);
    expect((await sandboxLog(world.sandboxUrl, since)).filter((e) => e.request === 'query-request-list')).toHaveLength(1);
  });

  it('gives each bulk kind of a @modify-only key its permission: renew refused, the others allowed', async () => {
    const byKind = requestPermissions(await stored((await signIn('sandbox-modify-key')).id), kindRequests());
    expect(byKind.renew).toEqual({ allowed: false, reason: expect.stringContaining('domain-renew') });
    expect([byKind.lock, byKind.autorenew, byKind.nameservers]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
  });

  it('a read-only key lists no modifying request', async () => {
    const list = await stored((await signIn('sandbox-readonly-key')).id);
    expect(list).toContain('query-domain-list');
    expect(requestAllowed(list, 'domain-lock')).toMatchObject({ allowed: false });
  });

  it('a failed read leaves no list: nothing disabled, sign-in unaffected', async () => {
    const fault = (count: number) =>
      fetch(`${world.sandboxUrl}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode: 'http500', request: 'query-request-list', count }) });
    // Two: the transport repeats a read once after a failure.
    await fault(2);
    const list = await stored((await signIn('sandbox-full-key')).id);
    expect(list).toBeNull();
    expect(requestAllowed(list, 'domain-renew')).toEqual({ allowed: true });
    await fault(0);
  });
});
