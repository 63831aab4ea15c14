import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryDomainList } from '@/lib/dmapi';
import { lastLogId, sandboxLog, startTestWorld, type TestWorld } from './test-support';

vi.mock('next/headers', async () => (await import('./test-support')).nextHeadersMock());

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => world?.close());

async function advance(seconds: number) {
  const res = await fetch(`${world.sandboxUrl}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: String(seconds) }),
  });
  expect(res.ok).toBe(true);
}

describe('DMAPI session expiry', () => {
  it('re-logs in once after Session-Timeout, also for ten parallel calls, and stores the new Auth-Sid', async () => {
    const { signInWithCredential } = await import('./sign-in');
    const { clientForSession } = await import('./dmapi-pool');
    const { hashSessionId } = await import('./crypto');
    const { loadDmapiState } = await import('./session-store');
    const signedIn = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-customer-key' }, null);
    if (!signedIn.ok) throw new Error(signedIn.error);
    const id = hashSessionId(signedIn.sessionId);
    const client = await clientForSession(id);
    expect(await clientForSession(id)).toBe(client);
    const before = (await loadDmapiState(world.database.db, id))?.dmapi.authSid;
    await queryDomainList(client);

    await advance(3700);
    let since = await lastLogId(world.sandboxUrl);
    await queryDomainList(client);
    let log = await sandboxLog(world.sandboxUrl, since);
    expect(log.map((e) => `${e.request}:${e.httpStatus}`)).toEqual(['query-domain-list:401', 'login:200', 'query-domain-list:200']);
    const after = (await loadDmapiState(world.database.db, id))?.dmapi.authSid;
    expect(after).toMatch(/^[0-9a-f]{40}$/);
    expect(after).not.toBe(before);

    await advance(3700);
    since = await lastLogId(world.sandboxUrl);
    await Promise.all(Array.from({ length: 10 }, async () => queryDomainList(await clientForSession(id))));
    log = await sandboxLog(world.sandboxUrl, since);
    expect(log.filter((e) => e.request === 'login')).toHaveLength(1);
  });
});
