import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { grantInvitations, panelSessions } from '@/lib/db/schema';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import type { JobParams } from '../kinds';
import { type JobsWorld, pickDomains, signInKey, startJobsWorld } from '../test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The bulk grant kinds through the real runner and executor against the sandbox: one address invited to @tech on
 * eleven domains (each invitation open in the sandbox and recorded with its own landing link and the job), then that
 * person's roles revoked everywhere (nothing of theirs left, the panel's rows revoked).
 */
let world: JobsWorld;
let owner: { id: string; uid: string; fingerprint: string };

beforeAll(async () => {
  world = await startJobsWorld(60);
  const { id } = await signInKey('sandbox-full-key');
  const [row] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id));
  owner = { id, uid: row!.uid, fingerprint: row!.credentialFingerprint };
}, 180_000);
afterAll(async () => world?.close());

async function runJob(action: JobParams, domains: string[]) {
  const { insertJob } = await import('../store');
  const { JobRunner } = await import('../runner');
  const { dmapiExecutor } = await import('../dmapi-executor');
  const job = await insertJob(world.database.db, {
    kind: action.kind,
    params: { action, actorRole: 'owner', actorName: 'Owner', actorFingerprint: owner.fingerprint },
    accountUid: owner.uid,
    createdBy: owner.fingerprint,
    createdByName: 'Owner',
    sessionId: owner.id,
    title: `test ${action.kind}`,
    items: domains.map((domain) => ({ domain })),
  });
  await new JobRunner({ db: world.database.db, executor: dmapiExecutor, pollMs: 3_600_000 }).drain();
  const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
  return { job, items };
}

describe('bulk grant kinds', () => {
  it('invites one address to @tech on eleven domains, then revokes that person everywhere', async () => {
    const state = world.sandbox.engine.state;
    const free = (name: string) => !state.grants.some((g) => g.domain === name) && !state.invitations.some((i) => i.domain === name && i.status === 'open');
    const domains = pickDomains(world, 11, (d) => free(d.name), new Set()).map((d) => d.name);
    expect(domains).toHaveLength(11);

    const invited = await runJob({ kind: 'grantInvite', email: 'bulk@example.com', role: '@tech' }, domains);
    expect(invited.items.map((i) => i.state)).toEqual(domains.map(() => 'done'));
    for (const d of domains) {
      expect(state.invitations.filter((i) => i.domain === d && i.status === 'open').map((i) => [i.email, i.role])).toEqual([['bulk@example.com', '@tech']]);
    }
    const rows = await world.database.db.select().from(grantInvitations).where(inArray(grantInvitations.domain, domains));
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => r.state === 'pending' && r.jobId === invited.job.id && r.scope !== null && r.inviterName === 'Owner')).toBe(true);

    // A second invitation of the same person on one domain (made outside the job): the revoke takes both.
    const { grantsInvite } = await import('@/lib/dmapi');
    const { clientForSession } = await import('@/lib/auth/dmapi-pool');
    const client = await clientForSession(owner.id);
    await grantsInvite(client, { domain: domains[0]!, email: 'bulk@example.com', role: '@admin' });

    const revoked = await runJob({ kind: 'grantRevoke', person: 'bulk@example.com' }, domains);
    expect(revoked.items.map((i) => i.state)).toEqual(domains.map(() => 'done'));
    expect(state.invitations.filter((i) => domains.includes(i.domain) && i.status === 'open')).toEqual([]);
    expect(state.grants.filter((g) => domains.includes(g.domain))).toEqual([]);
    const after = await world.database.db.select().from(grantInvitations).where(inArray(grantInvitations.domain, domains));
    expect(after.map((r) => r.state)).toEqual(domains.map(() => 'revoked'));
  }, 240_000);
});
