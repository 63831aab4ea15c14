import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));

/**
 * The panel's database failing in the middle of a request (here: the disk full while a bulk job's items are written,
 * raised by the real database through a trigger): the action fails as a whole, and nothing of it is left behind —
 * no job without its items, no item without its job. Once the database works again, the same request succeeds.
 */
let world: TestWorld;
let sessionId: string;
let domains: string[];

beforeAll(async () => {
  world = await startTestWorld();
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const signedIn = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-full-key' }, '198.51.100.60');
  if (!signedIn.ok) throw new Error(signedIn.error);
  sessionId = signedIn.sessionId;
  const { clientForSession } = await import('@/lib/auth/dmapi-pool');
  const { hashSessionId } = await import('@/lib/auth/crypto');
  const { queryDomainList } = await import('@/lib/dmapi');
  domains = (await queryDomainList(await clientForSession(hashSessionId(sessionId)), {})).slice(0, 3).map((r) => r.domain);
}, 120_000);
afterAll(async () => world?.close());

async function counts() {
  const db = world.database.db;
  const [jobs] = await db.select({ n: count() }).from(bulkJobs);
  const [items] = await db.select({ n: count() }).from(bulkJobItems);
  return { jobs: jobs?.n ?? 0, items: items?.n ?? 0 };
}

describe('the database failing during a request', () => {
  it('a bulk job whose items cannot be written leaves no job behind; after the failure, the same start works', async () => {
    const db = world.database.db;
    await db.execute(sql`create or replace function test_disk_full() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`);
    await db.execute(sql`create trigger test_disk_full before insert on bulk_job_items for each statement execute function test_disk_full()`);
    const before = await counts();
    const { startBulkJobAction } = await import('@/app/(panel)/domains/actions');
    await actAs(sessionId);
    const request = { action: { kind: 'autorenew', on: true }, selection: { mode: 'domains', domains } } as const;
    // Unexpected (not a DMAPI or input failure): thrown on to error.tsx, and the browser's form keeps what was typed.
    const failed = await startBulkJobAction(request).then(
      () => undefined,
      (error: unknown) => error as Error & { cause?: Error },
    );
    expect(failed?.message).toMatch(/insert into "bulk_job_items"/);
    expect(failed?.cause?.message).toMatch(/No space left on device/);
    expect(await counts()).toEqual(before);

    await db.execute(sql`drop trigger test_disk_full on bulk_job_items`);
    const started = await startBulkJobAction(request);
    expect(started).toMatchObject({ ok: true, data: { jobId: expect.anything() } });
    const after = await counts();
    expect(after.jobs).toBe(before.jobs + 1);
    expect(after.items).toBe(before.items + domains.length);
  });
});

describe('retry failed items', () => {
  it('is refused with where to send them again for a register job (its names are not in the portfolio yet)', async () => {
    const db = world.database.db;
    const { lookupSession } = await import('@/lib/auth/session-store');
    const { session } = await lookupSession(db, sessionId, 8);
    const { insertJob } = await import('./store');
    const action = { kind: 'register', period: 12, ownerC: 'C-1', adminC: 'C-1', techC: 'C-1', billingC: 'C-1', nsList: ['a.ns.joker.com'], privacy: 'none', autorenew: false };
    const job = await insertJob(db, {
      kind: 'register', params: { action }, accountUid: session!.uid, createdBy: session!.actorFingerprint, createdByName: 'Owner',
      sessionId: session!.id, title: 'register', items: [{ domain: 'not-yet-ours.com' }],
    });
    await db.update(bulkJobItems).set({ state: 'failed', error: 'refused' }).where(eq(bulkJobItems.jobId, job.id));
    await db.update(bulkJobs).set({ state: 'done' }).where(eq(bulkJobs.id, job.id));
    const { retryFailedItemsAction } = await import('@/app/(panel)/domains/actions');
    await actAs(sessionId);
    expect(await retryFailedItemsAction({ jobId: job.id })).toMatchObject({
      ok: false,
      error: 'Failed items of this job are sent again from Register (the names are not in the portfolio yet).',
    });
  });
});
