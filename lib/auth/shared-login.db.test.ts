import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lastSandboxLogId, sandboxLogSince, signInKey, startJobsWorld, storedAuthSid, type JobsWorld } from '@/lib/jobs/test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * Several panel processes hold a client for one panel session (each its own pool) and all find the DMAPI session
 * expired at the same moment. Between them they log in once: the others take the Auth-Sid the first one stored.
 */
let world: JobsWorld;
beforeAll(async () => {
  world = await startJobsWorld(20);
});
afterAll(async () => world?.close());

/** A second process: the same modules loaded again, so no client, pool or single-flight is shared in memory. */
async function loadProcess() {
  vi.resetModules();
  const [pool, dmapi] = await Promise.all([import('./dmapi-pool'), import('@/lib/dmapi')]);
  return { pool, dmapi };
}

describe('one login per user across processes', () => {
  it('four processes meeting an expired session log in once and share the new Auth-Sid', async () => {
    const processes = [];
    for (let i = 0; i < 4; i++) processes.push(await loadProcess());
    expect(new Set(processes.map((p) => p.pool)).size).toBe(4);
    const session = await signInKey('sandbox-full-key');
    const clients = await Promise.all(processes.map((p) => p.pool.clientForSession(session.id)));
    const before = await storedAuthSid(world, session.id);
    // The DMAPI session ends at Joker (its inactivity timeout): every holder's next request answers 401.
    delete world.sandbox.engine.state.sessions[before];
    const start = await lastSandboxLogId(world);

    const reads = await Promise.allSettled(
      processes.flatMap((p, i) => [0, 1, 2].map(() => p.dmapi.queryAccountBalance(clients[i]!))),
    );
    expect(reads.filter((r) => r.status === 'rejected')).toEqual([]);

    const log = await sandboxLogSince(world, start);
    expect(log.filter((e) => e.request === 'login')).toHaveLength(1);
    const after = await storedAuthSid(world, session.id);
    expect(after).not.toBe(before);
    for (const client of clients) expect(client.session?.authSid).toBe(after);
  });
});
