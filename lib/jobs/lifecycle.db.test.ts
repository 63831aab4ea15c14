import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions, teamMembers } from '@/lib/db/schema';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import type { JobExecutor } from './executor';
import {
  insertJobFor,
  type JobsWorld,
  lastSandboxLogId,
  pickDomains,
  sandboxLogSince,
  sandboxSessionAlive,
  signInKey,
  startJobsWorld,
  storedAuthSid,
} from './test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * A bulk job outlives its creator's right to act no longer: revoking a member cancels their jobs and logs out every
 * one of their DMAPI sessions; signing out pauses the user's jobs, which go on (bound to the new session) when the
 * same credential signs in again. Real database, real sandbox, real runner and executor.
 */
let world: JobsWorld;
const used = new Set<string>();

beforeAll(async () => {
  world = await startJobsWorld(120);
});
afterAll(async () => world?.close());

async function runner(executor?: JobExecutor) {
  const { JobRunner } = await import('./runner');
  const { dmapiExecutor } = await import('./dmapi-executor');
  return new JobRunner({ db: world.database.db, executor: executor ?? dmapiExecutor, concurrency: 1, pollMs: 3_600_000 });
}

async function job(id: number) {
  const [row] = await world.database.db.select().from(bulkJobs).where(eq(bulkJobs.id, id));
  const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, id));
  const count = (state: string) => items.filter((i) => i.state === state).length;
  return { row: row!, items, count };
}

describe('revoking a team member', () => {
  it('cancels their jobs (items not sent are skipped with the reason) and logs out each of their DMAPI sessions', async () => {
    const { lookupSession } = await import('@/lib/auth/session-store');
    const { setMemberStatus } = await import('@/lib/auth/team-admin');
    const owner = await signInKey('sandbox-full-key');
    // Two sessions of the member (two browsers); this process never built a DMAPI client for either.
    const member = await signInKey('sandbox-modify-key');
    const second = await signInKey('sandbox-modify-key');
    const sids = [await storedAuthSid(world, member.id), await storedAuthSid(world, second.id)];
    for (const sid of sids) expect(sandboxSessionAlive(world, sid)).toBe(true);
    const domains = pickDomains(world, 5, (d) => !d.locked, used).map((d) => d.name);
    const created = await insertJobFor(world, member.id, { kind: 'lock' }, domains);

    const ownerSession = (await lookupSession(world.database.db, owner.cookieId, 8)).session!;
    const [row] = await world.database.db.select().from(teamMembers).where(eq(teamMembers.name, 'Demo support (modify-only key)'));
    expect(await setMemberStatus(ownerSession, row!.id, 'revoked')).toBe(2);

    const since = await lastSandboxLogId(world);
    await (await runner()).drain();
    const after = await job(created.id);
    expect(after.row).toMatchObject({ state: 'cancelled', stateReason: expect.stringMatching(/^Cancelled: Demo support .* access was revoked by /) });
    expect(after.count('skipped')).toBe(5);
    expect(after.items[0]!.skipReason).toBe(after.row.stateReason);
    // Nothing was sent for the job, and both DMAPI sessions are dead at the sandbox.
    expect((await sandboxLogSince(world, since)).map((e) => e.request)).not.toContain('domain-lock');
    for (const sid of sids) expect(sandboxSessionAlive(world, sid)).toBe(false);
    expect(await world.database.db.select().from(panelSessions).where(eq(panelSessions.credentialFingerprint, row!.fingerprint))).toEqual([]);
    for (const d of domains) expect(world.sandbox.engine.state.domains.get(d)?.locked).toBe(false);
  });
});

describe('signing out', () => {
  it('pauses the running job mid-way; signing in again resumes it bound to the new session', async () => {
    const { endPanelSession } = await import('@/lib/auth/sign-out');
    const { dmapiExecutor } = await import('./dmapi-executor');
    const first = await signInKey('sandbox-full-key');
    const sid = await storedAuthSid(world, first.id);
    const domains = pickDomains(world, 8, (d) => !d.autorenew, used).map((d) => d.name);
    const created = await insertJobFor(world, first.id, { kind: 'autorenew', on: true }, domains);
    // The user signs out after the third item went out (the executor is the real one, observed).
    let sent = 0;
    let signedOutAt = 0;
    const observed: JobExecutor = {
      ...dmapiExecutor,
      async send(j, item) {
        const out = await dmapiExecutor.send(j, item);
        if (++sent === 3) {
          await endPanelSession(first.id);
          signedOutAt = await lastSandboxLogId(world);
        }
        return out;
      },
    };
    await (await runner(observed)).drain();
    const paused = await job(created.id);
    expect(paused.row).toMatchObject({ state: 'paused', stateReason: expect.stringMatching(/^Paused: reseller@sandbox.test signed out\. It goes on when/) });
    expect([paused.count('done'), paused.count('pending'), paused.count('failed')]).toEqual([3, 5, 0]);
    expect(sandboxSessionAlive(world, sid)).toBe(false);
    // After the sign-out: no request of any kind with that session, no login.
    expect(await sandboxLogSince(world, signedOutAt)).toEqual([]);
    await (await runner()).drain();
    expect((await job(created.id)).count('pending')).toBe(5);
    expect(await sandboxLogSince(world, signedOutAt)).toEqual([]);

    const again = await signInKey('sandbox-full-key');
    await (await runner()).drain();
    const done = await job(created.id);
    expect(done.row).toMatchObject({ state: 'done', sessionId: again.id, stateReason: null });
    expect([done.count('done'), done.count('failed')]).toEqual([8, 0]);
    for (const d of domains) expect(world.sandbox.engine.state.domains.get(d)?.autorenew).toBe(true);
  });

  it('a session that passed its idle expiry pauses the job, and its DMAPI session is logged out', async () => {
    const session = await signInKey('sandbox-full-key');
    const sid = await storedAuthSid(world, session.id);
    const domains = pickDomains(world, 3, (d) => !d.locked, used).map((d) => d.name);
    const created = await insertJobFor(world, session.id, { kind: 'lock' }, domains);
    await world.database.db.update(panelSessions).set({ idleExpiresAt: new Date(Date.now() - 1000) }).where(eq(panelSessions.id, session.id));
    const since = await lastSandboxLogId(world);
    await (await runner()).drain();
    const paused = await job(created.id);
    expect(paused.row).toMatchObject({ state: 'paused', stateReason: expect.stringMatching(/session ended after being idle/) });
    expect(paused.count('pending')).toBe(3);
    expect((await sandboxLogSince(world, since)).map((e) => e.request)).toEqual(['logout']);
    expect(sandboxSessionAlive(world, sid)).toBe(false);
    expect(await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, session.id))).toEqual([]);
  });
});
