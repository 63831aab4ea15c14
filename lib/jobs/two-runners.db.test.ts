import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import type { JobExecutor } from './executor';
import { insertJobFor, type JobsWorld, lastSandboxLogId, pickDomains, sandboxLogSince, signInKey, startJobsWorld } from './test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * Two panel processes on one database: each has its own module graph, so its own DMAPI client pool. The user signs
 * out through process A while both run the user's job. Process B must notice from the database: no item whose send
 * was committed after the sign-out goes out, no login is attempted, its client for the session is dropped, and no
 * DMAPI session of the user stays alive.
 */
let world: JobsWorld;

beforeAll(async () => {
  world = await startJobsWorld(160);
});
afterAll(async () => world?.close());

/** A second process: the same modules, loaded again, so nothing in memory is shared with the first. */
async function loadProcess() {
  vi.resetModules();
  const [runner, executor, pool, signOut] = await Promise.all([
    import('./runner'),
    import('./dmapi-executor'),
    import('@/lib/auth/dmapi-pool'),
    import('@/lib/auth/sign-out'),
  ]);
  return { JobRunner: runner.JobRunner, executor: executor.dmapiExecutor, pool, endPanelSession: signOut.endPanelSession };
}

describe('two runners on one database', () => {
  it('after a sign-out in one process, the other sends nothing more and logs nothing in', async () => {
    const a = await loadProcess();
    const b = await loadProcess();
    expect(a.pool).not.toBe(b.pool);
    const session = await signInKey('sandbox-full-key');
    const domains = pickDomains(world, 60, (d) => !d.autorenew, new Set()).map((d) => d.name);
    const created = await insertJobFor(world, session.id, { kind: 'autorenew', on: true }, domains);
    // Both processes hold a client with the signed-in Auth-Sid; each one's first request finds it expired, and they
    // log in again once between them (the second takes the Auth-Sid the first stored: dmapi-pool's sharedLogin).
    await Promise.all([a.pool.clientForSession(session.id), b.pool.clientForSession(session.id)]);
    await fetch(`${world.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: 'domain-set-property', mode: 'expire-session', count: 1 }),
    });
    const start = await lastSandboxLogId(world);

    let sent = 0;
    let end: { logId: number; inFlight: Set<string> } | undefined;
    const sessionsBefore = new Set(Object.keys(world.sandbox.engine.state.sessions));
    const signingOutA: JobExecutor = {
      ...a.executor,
      async send(job, item) {
        const out = await a.executor.send(job, item);
        if (++sent === 8) {
          await a.endPanelSession(session.id);
          const rows = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, created.id));
          end = { logId: await lastSandboxLogId(world), inFlight: new Set(rows.filter((r) => r.state === 'sent').map((r) => r.domain)) };
        }
        return out;
      },
    };
    const slowB: JobExecutor = {
      ...b.executor,
      async send(job, item) {
        await new Promise((r) => setTimeout(r, 15));
        return b.executor.send(job, item);
      },
    };
    const options = { db: world.database.db, concurrency: 2, pollMs: 3_600_000, leaseMs: 2000 };
    const runnerA = new a.JobRunner({ ...options, executor: signingOutA, workerId: 'A' });
    const runnerB = new b.JobRunner({ ...options, executor: slowB, workerId: 'B' });
    await Promise.all([runnerA.drain(), runnerB.drain()]);
    expect(end).toBeDefined();
    // Each process's next heartbeat (a quarter lease) sweeps its pool, whether or not it had items left to try.
    await new Promise((r) => setTimeout(r, 600));
    await Promise.all([runnerA.tick(), runnerB.tick()]);

    const log = await sandboxLogSince(world, start);
    const before = log.filter((e) => e.id <= end!.logId);
    const after = log.filter((e) => e.id > end!.logId);
    // Both processes really ran the job, after one login between them, before the sign-out.
    expect(before.filter((e) => e.request === 'login')).toHaveLength(1);
    expect(new Set((await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, created.id))).map((r) => r.claimedBy))).toEqual(new Set(['A', 'B', null]));
    // After the sign-out: no login, and no change carried out but for requests committed before it.
    expect(after.filter((e) => e.request === 'login')).toEqual([]);
    const carriedOut = after.filter((e) => e.request === 'domain-set-property' && e.statusCode === 0).map((e) => e.object);
    for (const domain of carriedOut) expect(end!.inFlight.has(domain ?? '')).toBe(true);

    const [job] = await world.database.db.select().from(bulkJobs).where(eq(bulkJobs.id, created.id));
    expect(job?.state).toBe('paused');
    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, created.id));
    expect(items.filter((i) => i.state === 'failed')).toEqual([]);
    expect(items.filter((i) => i.state === 'pending').length).toBeGreaterThan(20);
    // Neither process keeps a client (or a credential) for the ended session, and no DMAPI session made for it lives.
    expect(a.pool.pooledSessions()).not.toContain(session.id);
    expect(b.pool.pooledSessions()).not.toContain(session.id);
    const made = Object.keys(world.sandbox.engine.state.sessions).filter((sid) => !sessionsBefore.has(sid));
    expect(made).toEqual([]);
    // Every change the sandbox carried out belongs to an item recorded as done; none was lost or doubled.
    const changed = log.filter((e) => e.request === 'domain-set-property' && e.statusCode === 0).map((e) => e.object);
    expect(new Set(changed).size).toBe(changed.length);
    expect(new Set(changed)).toEqual(new Set(items.filter((i) => i.state === 'done').map((i) => i.domain)));
  });
});
