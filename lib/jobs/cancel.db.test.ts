import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { teamMembers } from '@/lib/db/schema';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { insertJobFor, type JobsWorld, signInKey, startJobsWorld } from './test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * Who may cancel a bulk job: whoever may start its kind may cancel their own job of that kind (a billing user their
 * renewal), the owner any job; staff not someone else's. Through the real actions, as each signed-in user.
 */
let world: JobsWorld;
let actions: typeof import('@/app/(panel)/domains/actions');
const fullKey = { apiKey: 'sandbox-full-key' };

beforeAll(async () => {
  world = await startJobsWorld(20);
  actions = await import('@/app/(panel)/domains/actions');
});
afterAll(async () => world?.close());

async function setRole(role: string) {
  const { credentialFingerprint } = await import('@/lib/auth/keys');
  await world.database.db.update(teamMembers).set({ role }).where(eq(teamMembers.fingerprint, credentialFingerprint(fullKey)));
}

async function stateOf(jobId: number) {
  const [job] = await world.database.db.select().from(bulkJobs).where(eq(bulkJobs.id, jobId));
  const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, jobId));
  return { state: job?.state, skipReasons: [...new Set(items.map((i) => i.skipReason))] };
}

describe('cancelling a bulk job', () => {
  it('billing cancels their own renewal; support cannot; the owner cancels anyone’s', async () => {
    const { signInWithCredential } = await import('@/lib/auth/sign-in');
    const billing = await signInKey(fullKey.apiKey);
    await setRole('billing');
    const support = await signInKey('sandbox-modify-key');
    const ownerLogin = await signInWithCredential({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '198.51.100.30');
    if (!ownerLogin.ok) throw new Error(ownerLogin.error);
    const renew = await insertJobFor(world, billing.id, { kind: 'renew', period: 12 }, ['a.example', 'b.example']);
    const lock = await insertJobFor(world, support.id, { kind: 'lock' }, ['c.example']);
    const lock2 = await insertJobFor(world, support.id, { kind: 'lock' }, ['d.example']);

    // Support: not a renewal (costs money), but their own lock job.
    await actAs(support.cookieId);
    expect(await actions.cancelBulkOrderAction({ jobId: renew.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await actions.cancelBulkJobAction({ jobId: renew.id })).toMatchObject({ ok: false, error: expect.stringMatching(/costs money/) });
    expect(await actions.cancelBulkJobAction({ jobId: lock.id })).toMatchObject({ ok: true });
    expect(await stateOf(lock.id)).toEqual({ state: 'cancelled', skipReasons: ['Cancelled by Demo support (modify-only key) before it was sent'] });

    // Billing: their own renewal, which the old change-only action refused.
    await actAs(billing.cookieId);
    expect(await actions.cancelBulkJobAction({ jobId: renew.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await actions.cancelBulkOrderAction({ jobId: lock2.id })).toMatchObject({ ok: false, error: expect.stringMatching(/costs nothing/) });
    expect(await actions.cancelBulkOrderAction({ jobId: renew.id })).toMatchObject({ ok: true });
    expect((await stateOf(renew.id)).state).toBe('cancelled');

    // Staff may not cancel a colleague's job, even of a kind they may start; the owner may.
    await setRole('support');
    expect(await actions.cancelBulkJobAction({ jobId: lock2.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
      error: 'Only the owner can cancel a job someone else started.',
    });
    await actAs(ownerLogin.sessionId);
    expect(await actions.cancelBulkJobAction({ jobId: lock2.id })).toMatchObject({ ok: true });
    expect((await stateOf(lock2.id)).state).toBe('cancelled');
    expect(await actions.cancelBulkJobAction({ jobId: lock2.id })).toMatchObject({ ok: false, error: 'The job has already finished.' });
    await setRole('owner');
  });
});
