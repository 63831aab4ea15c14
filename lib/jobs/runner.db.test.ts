import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/open';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import { freshDatabase } from '@/test/db';
import { jobCounts, jobItemViews, jobView } from './queries';
import { JobRunner, UNKNOWN_OUTCOME } from './runner';
import { cancelJob } from './job-state';
import { claimItems, insertJob, markSent } from './store';
import { FakeExecutor, insertTestSession } from './test-helpers';

let database: Database;
let sessionId: string;
beforeAll(async () => {
  database = await freshDatabase();
  sessionId = await insertTestSession(database.db);
});
afterAll(async () => {
  await database.close();
});

async function makeJob(n: number, prefix: string, skipped: string[] = []) {
  const items = Array.from({ length: n }, (_, i) => ({ domain: `${prefix}-${i}.com` }));
  for (const d of skipped) items.push({ domain: d, skipReason: 'Renewed in the last 6 hours' } as { domain: string });
  return insertJob(database.db, {
    kind: 'autorenew',
    params: { kind: 'autorenew', on: true },
    accountUid: 'acc-1',
    createdBy: 'fp',
    createdByName: 'Owner',
    sessionId,
    title: 'Autorenew on',
    items: items.map((it) => ({ ...it, skipReason: skipped.includes(it.domain) ? 'Renewed in the last 6 hours' : undefined })),
  });
}

describe('job runner', () => {
  it('runs every item once with at most 4 in flight, and finishes the job', async () => {
    const job = await makeJob(30, 'conc', ['skip-me.com']);
    const executor = new FakeExecutor({ delayMs: 5 });
    const runner = new JobRunner({ db: database.db, executor });
    await runner.drain();
    expect(executor.maxInFlight).toBeLessThanOrEqual(4);
    expect(executor.maxInFlight).toBeGreaterThan(1);
    expect(executor.sent.map((s) => s.domain).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `conc-${i}.com`).sort());
    const view = await jobView(database.db, 'acc-1', job.id);
    expect(view?.state).toBe('done');
    expect(view?.counts).toMatchObject({ total: 31, done: 30, skipped: 1, pending: 0 });
    const items = await jobItemViews(database.db, job.id);
    expect(items.find((i) => i.domain === 'skip-me.com')?.skipReason).toBe('Renewed in the last 6 hours');
    expect(items.filter((i) => i.procId && i.result === '?')).toHaveLength(30);
    expect(await jobView(database.db, 'other-account', job.id)).toBeUndefined();
  });

  it('two workers on one database never claim the same item', async () => {
    const job = await makeJob(120, 'two');
    const executor = new FakeExecutor({ delayMs: 1 });
    const a = new JobRunner({ db: database.db, executor, workerId: 'A' });
    const b = new JobRunner({ db: database.db, executor, workerId: 'B' });
    await Promise.all([a.drain(), b.drain()]);
    const domains = executor.sent.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains).toHaveLength(120);
    // Both really worked: the test would prove nothing if one worker took everything.
    expect(new Set(executor.sent.map((s) => s.worker))).toEqual(new Set(['A', 'B']));
    expect((await jobCounts(database.db, job.id)).done).toBe(120);
  });

  it('concurrent claims hand out disjoint rows', async () => {
    const job = await makeJob(40, 'claim');
    const batches = await Promise.all(Array.from({ length: 6 }, (_, i) => claimItems(database.db, `w${i}`, 10, 60_000)));
    const ids = batches.flat().filter((it) => it.jobId === job.id).map((it) => it.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(40);
  });

  it('after a crash, sent items are resolved from result-list or marked unknown, never re-sent', async () => {
    const job = await makeJob(6, 'crash');
    const executor = new FakeExecutor();
    // Worker "dead" claims everything with a tiny lease; it sends two, marks two more sent and dies before the call.
    const claimed = await claimItems(database.db, 'dead', 10, 1);
    const mine = claimed.filter((c) => c.jobId === job.id);
    expect(mine).toHaveLength(6);
    for (const item of mine.slice(0, 4)) expect(await markSent(database.db, item, 'dead')).toBe('sent');
    await executor.send(job, mine[0]!);
    await executor.send(job, mine[1]!);
    const before = executor.sent.length;
    await new Promise((r) => setTimeout(r, 20));
    const runner = new JobRunner({ db: database.db, executor, workerId: 'restarted' });
    await runner.drain();
    const items = await jobItemViews(database.db, job.id);
    const byDomain = new Map(items.map((i) => [i.domain, i]));
    // Items 0-1 reached the DMAPI: found by lookup, done with their Proc-ID; not sent again.
    expect(byDomain.get(mine[0]!.domain)).toMatchObject({ state: 'done', procId: executor.sent[0]!.procId });
    expect(byDomain.get(mine[1]!.domain)?.state).toBe('done');
    // Items 2-3 were marked sent but never answered: unknown, not repeated.
    expect(byDomain.get(mine[2]!.domain)).toMatchObject({ state: 'failed', error: UNKNOWN_OUTCOME });
    expect(byDomain.get(mine[3]!.domain)?.error).toBe(UNKNOWN_OUTCOME);
    // Items 4-5 were only claimed: they never reached the DMAPI, so the new worker sends them.
    expect(byDomain.get(mine[4]!.domain)?.state).toBe('done');
    const sentDomains = executor.sent.map((s) => s.domain);
    expect(sentDomains.length - before).toBe(2);
    expect(new Set(sentDomains).size).toBe(sentDomains.length);
    expect((await jobView(database.db, 'acc-1', job.id))?.state).toBe('done');
  });

  it('an idle runner looks for finished jobs at its heartbeat or when kicked, not on every tick', async () => {
    const runner = new JobRunner({ db: database.db, executor: new FakeExecutor(), workerId: 'idle' });
    await runner.tick();
    // Nothing to send: its only item was skipped when the job was made.
    const job = await makeJob(0, 'idle', ['idle-skip.com']);
    await runner.tick();
    expect((await jobView(database.db, 'acc-1', job.id))?.state).toBe('queued');
    runner.kick();
    await runner.tick();
    expect((await jobView(database.db, 'acc-1', job.id))?.state).toBe('done');
  });

  it('cancel skips pending items and stops the job', async () => {
    const job = await makeJob(10, 'cancel');
    const claimed = (await claimItems(database.db, 'x', 2, 60_000)).filter((c) => c.jobId === job.id);
    expect(await cancelJob(database.db, job.id)).toBe(true);
    expect(await cancelJob(database.db, job.id)).toBe(false);
    // A claimed item of a cancelled job is not sent.
    expect(await markSent(database.db, claimed[0]!, 'x')).toBe('cancelled');
    const counts = await jobCounts(database.db, job.id);
    expect(counts.skipped).toBe(9);
    expect((await jobView(database.db, 'acc-1', job.id))?.state).toBe('cancelled');
  });

  it('a refused item fails with its message and a nack from result-list turns done into failed', async () => {
    const job = await makeJob(3, 'nack');
    const executor = new FakeExecutor();
    executor.failDomains.add('nack-0.com');
    const runner = new JobRunner({ db: database.db, executor, pollMs: 0 });
    await runner.drain();
    const sentProc = executor.sent.find((s) => s.domain === 'nack-1.com')!.procId;
    executor.statuses.set(sentProc, 'nack');
    executor.statuses.set(executor.sent.find((s) => s.domain === 'nack-2.com')!.procId, 'ack');
    await runner.tick();
    const rows = await database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
    const get = (d: string) => rows.find((r) => r.domain === d);
    expect(get('nack-0.com')).toMatchObject({ state: 'failed', error: 'refused nack-0.com' });
    expect(get('nack-1.com')).toMatchObject({ state: 'failed', result: 'nack' });
    expect(get('nack-2.com')).toMatchObject({ state: 'done', result: 'ack' });
  });
});

describe('result polling across processes', () => {
  /** Counts result-list calls (one per poll call) per runner. */
  class CountingExecutor extends FakeExecutor {
    polls = 0;
    override async poll(job: Parameters<FakeExecutor['poll']>[0], procIds: string[]) {
      this.polls++;
      return super.poll(job, procIds);
    }
  }

  it('three processes poll no more than one would, and the holder stopping hands the polling on', async () => {
    const sending = new FakeExecutor({ delayMs: 1 });
    await makeJob(12, 'poll-a');
    await makeJob(12, 'poll-b');
    await new JobRunner({ db: database.db, executor: sending, pollMs: 3_600_000, workerId: 'sender' }).drain();
    // Two jobs of one creator (one DMAPI session) wait for results.
    const executors = [0, 1, 2].map(() => new CountingExecutor());
    for (const e of executors) for (const [procId] of sending.statuses) e.statuses.set(procId, '?');
    const runners = executors.map((executor, i) => new JobRunner({ db: database.db, executor, pollMs: 300, workerId: `poller-${i}` }));
    const rounds = 8;
    for (let round = 0; round < rounds; round++) {
      await new Promise((r) => setTimeout(r, 310));
      await Promise.all(runners.map((r) => r.tick()));
    }
    const polls = executors.map((e) => e.polls);
    // Each round one runner alone would have polled once (once for both jobs of the session): three poll no more
    // (without the lease: three times as often). Normally the first holder keeps the lease throughout; on a machine
    // so loaded that a round outlasts the lease, another may take it over, which still adds no poll.
    expect(polls.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(rounds);
    expect(polls.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // The holder stops: another takes the polling over at once and settles what it finds.
    const holder = polls.indexOf(Math.max(...polls));
    await runners[holder]!.shutdown(1000);
    for (const e of executors) for (const procId of e.statuses.keys()) e.statuses.set(procId, 'ack');
    const others = runners.filter((_, i) => i !== holder);
    for (let round = 0; round < 20; round++) {
      await new Promise((r) => setTimeout(r, 310));
      await Promise.all(others.map((r) => r.tick()));
      if (executors.some((e, i) => i !== holder && e.polls > 0)) break;
    }
    const waiting = (await database.db.select().from(bulkJobItems)).filter((i) => i.domain.startsWith('poll-') && i.result === '?');
    expect(waiting).toEqual([]);
    expect(executors.filter((e, i) => i !== holder && e.polls > 0).length).toBeGreaterThan(0);
  });
});
