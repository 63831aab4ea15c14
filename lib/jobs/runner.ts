import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/open';
import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import type { JobExecutor, Lookup, ResultStatus } from './executor';
import { cancelJob, pauseJob, resumePausedJobs } from './job-state';
import {
  adoptOrphanedSent,
  handBackClaims,
  releaseLease,
  takeLease,
  awaitingResults,
  claimItems,
  finalizeJobs,
  finishItem,
  getJob,
  markSent,
  releaseStaleClaims,
  renewLeases,
  settleResult,
  unsendItem,
} from './store';

export interface RunnerOptions {
  db: Db;
  executor: JobExecutor;
  workerId?: string;
  /** Items in flight at once across all jobs (default 4). */
  concurrency?: number;
  /** How long a claim survives without a heartbeat (default 20 s). */
  leaseMs?: number;
  tickMs?: number;
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export const UNKNOWN_OUTCOME =
  'Unknown — the panel stopped while this request was in flight and result-list does not show it. Check Results before retrying.';
export const NOT_APPLIED =
  'Not applied — the panel stopped while this request was in flight and the domain does not show the change. Run it again for this domain.';
/** The lease under which one process polls result-list for every process (lib/jobs/store.ts takeLease). */
const RESULT_POLL_LEASE = 'result-poll';
/** Pause reason when a session check raced the item (the executor's verdict usually says more). */
export const SESSION_ENDED = 'Paused: the panel session that started this job has ended. It goes on when its creator signs in again.';

/**
 * Runs bulk job items with bounded concurrency. State lives in the database only, so any number of runners (one per
 * panel process) can share the tables; a restarted process picks up where the dead one stopped once leases expire.
 */
export class JobRunner {
  readonly workerId: string;
  readonly #db: Db;
  readonly #executor: JobExecutor;
  readonly #concurrency: number;
  readonly #leaseMs: number;
  readonly #tickMs: number;
  readonly #pollMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #inFlight = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> | undefined;
  #lastHeartbeat = 0;
  #lastPoll = 0;
  /** Items and orphans taken up so far (drain's stop condition). */
  #started = 0;
  /** Something was taken up or finished since the last finalizeJobs. */
  #dirty = false;

  constructor(options: RunnerOptions) {
    this.#db = options.db;
    this.#executor = options.executor;
    this.workerId = options.workerId ?? `worker-${process.pid}-${randomBytes(4).toString('hex')}`;
    this.#concurrency = options.concurrency ?? 4;
    this.#leaseMs = options.leaseMs ?? 20_000;
    this.#tickMs = options.tickMs ?? 500;
    this.#pollMs = options.pollMs ?? 10_000;
    this.#onError = options.onError ?? ((e) => console.error('[jobs]', e));
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.tick(), this.#tickMs);
    this.#timer.unref();
    void this.tick();
  }

  /** Stops claiming and waits for the items in flight. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#ticking;
    await Promise.allSettled([...this.#inFlight]);
  }

  /**
   * A graceful stop (SIGTERM, a rolling restart): stop claiming, let the items in flight finish for up to `graceMs`,
   * then hand back whatever this worker still holds (handBackClaims) so another process takes it over at once.
   */
  async shutdown(graceMs: number): Promise<{ finished: boolean; released: number; adoptable: number }> {
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.stop().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    await releaseLease(this.#db, RESULT_POLL_LEASE, this.workerId).catch(() => undefined);
    return { finished, ...(await handBackClaims(this.#db, this.workerId)) };
  }

  /** Nudge after a job was created or cancelled, so it starts (or finishes) without waiting for the next tick. */
  kick(): void {
    this.#dirty = true;
    void this.tick();
  }

  /** One scheduling round; concurrent calls share the round in progress. */
  tick(): Promise<void> {
    this.#ticking ??= this.#round()
      .catch(this.#onError)
      .finally(() => {
        this.#ticking = undefined;
      });
    return this.#ticking;
  }

  /**
   * For tests and scripts: run rounds until no pending work is left for this runner. It stops only after a round that
   * started nothing: an item claimed and finished inside a round finishes while that round's finalizeJobs runs, so
   * only the next round is sure to see it and finish its job.
   */
  async drain(maxRounds = 10_000): Promise<void> {
    for (let i = 0; i < maxRounds; i++) {
      await this.tick();
      if (this.#inFlight.size > 0) await Promise.race(this.#inFlight);
      else {
        const started = this.#started;
        await this.tick();
        if (this.#inFlight.size === 0 && this.#started === started) return;
      }
    }
  }

  async #round(): Promise<void> {
    const now = Date.now();
    const heartbeat = now - this.#lastHeartbeat >= this.#leaseMs / 4;
    if (heartbeat) {
      this.#lastHeartbeat = now;
      await renewLeases(this.#db, this.workerId, this.#leaseMs);
      await releaseStaleClaims(this.#db);
      for (const item of await adoptOrphanedSent(this.#db, this.workerId, 20, this.#leaseMs)) this.#track(this.#resolveOrphan(item));
      // A creator who signed in again: their paused jobs are re-bound to the new session and go on.
      await resumePausedJobs(this.#db);
      await this.#executor.housekeeping?.().catch(this.#onError);
    }
    const free = this.#concurrency - this.#inFlight.size;
    if (free > 0) {
      for (const item of await claimItems(this.#db, this.workerId, free, this.#leaseMs)) this.#track(this.#runItem(item));
    }
    if (now - this.#lastPoll >= this.#pollMs) {
      this.#lastPoll = now;
      // One process at a time asks the DMAPI for results (a lease every process renews or takes over when it runs
      // out), so the polling does not grow with the number of processes. A failed poll (session ended, DMAPI down)
      // must not hold up claiming and finishing jobs.
      if (await takeLease(this.#db, RESULT_POLL_LEASE, this.workerId, this.#pollMs * 3)) await this.#pollResults().catch(this.#onError);
    }
    // Jobs can only have finished where items were taken up or finished since the last look (or a job was created or
    // cancelled: kick). An idle runner looks at every heartbeat only, not twice a second.
    if (this.#dirty || heartbeat) {
      this.#dirty = false;
      await finalizeJobs(this.#db).catch((error: unknown) => {
        // Look again next round, not only at the next heartbeat.
        this.#dirty = true;
        throw error;
      });
    }
  }

  #track(work: Promise<void>): void {
    this.#started++;
    this.#dirty = true;
    const p = work.catch(this.#onError).finally(() => {
      this.#inFlight.delete(p);
      this.#dirty = true;
      // A slot came free: fill it now rather than at the next tick.
      if (this.#timer) void this.tick();
    });
    this.#inFlight.add(p);
  }

  // Always read afresh: a resumed job has a new session, a cancelled one must not go on.
  async #job(jobId: number): Promise<BulkJob> {
    const job = await getJob(this.#db, jobId);
    if (!job) throw new Error(`bulk job ${jobId} vanished`);
    return job;
  }

  async #runItem(item: BulkJobItem): Promise<void> {
    const job = await this.#job(item.jobId);
    const verdict = await this.#executor.authorize(job);
    if (!verdict.ok) {
      if (verdict.action === 'cancel') await cancelJob(this.#db, job.id, verdict.reason);
      else await pauseJob(this.#db, job.id, verdict.reason);
    }
    // The commitment point re-checks job and session in the database, so a race with a sign-out loses here.
    const mark = await markSent(this.#db, item, this.workerId);
    if (mark === 'held') await pauseJob(this.#db, job.id, SESSION_ENDED);
    if (mark !== 'sent') return;
    try {
      const out = await this.#executor.send(job, item);
      await finishItem(this.#db, item.id, {
        state: 'done',
        procId: out.procId ?? null,
        trackingId: out.trackingId ?? null,
        result: out.procId ? '?' : null,
      });
    } catch (error) {
      const { message, unknown, notSent } = this.#executor.describeError(error);
      if (notSent) {
        await unsendItem(this.#db, item.id);
        await pauseJob(this.#db, job.id, message);
        return;
      }
      if (unknown) await this.#settleUnknown(job, item, message);
      else await finishItem(this.#db, item.id, { state: 'failed', error: message });
    }
    invalidatePortfolio(job.accountUid, item.isPattern ? undefined : [item.domain]);
  }

  /**
   * A request that failed without saying whether it was carried out (a timeout, a reset, HTTP 500, a garbled reply):
   * look once at what the DMAPI knows (the domain read back, or result-list) before calling it unknown. Not applied
   * means the item is safe to send again ("Retry failed items" offers it); unknown items are not offered.
   */
  async #settleUnknown(job: BulkJob, item: BulkJobItem, message: string): Promise<void> {
    const found = item.isPattern ? undefined : await this.#executor.lookup(job, item).catch(() => undefined);
    if (found && 'applied' in found) {
      await finishItem(
        this.#db,
        item.id,
        found.applied ? { state: 'done' } : { state: 'failed', error: `${message}. Read back: not applied, safe to retry.` },
      );
    } else if (found && found.status !== 'nack') {
      await finishItem(this.#db, item.id, { state: 'done', procId: found.procId, result: found.status });
    } else {
      await finishItem(this.#db, item.id, { state: 'failed', error: `Unknown — ${message}` });
    }
  }

  async #resolveOrphan(item: BulkJobItem): Promise<void> {
    const job = await this.#job(item.jobId);
    let found: Lookup | undefined;
    try {
      found = await this.#executor.lookup(job, item);
    } catch (error) {
      const { notSent, message } = this.#executor.describeError(error);
      // The session ended: look again once the job resumes with its creator's next session.
      if (notSent) {
        await pauseJob(this.#db, job.id, message);
        return;
      }
      this.#onError(error);
    }
    if (!found) {
      await finishItem(this.#db, item.id, { state: 'failed', error: UNKNOWN_OUTCOME });
    } else if ('applied' in found) {
      await finishItem(this.#db, item.id, found.applied ? { state: 'done' } : { state: 'failed', error: NOT_APPLIED });
    } else if (found.status === 'nack') {
      await finishItem(this.#db, item.id, {
        state: 'failed',
        procId: found.procId,
        result: 'nack',
        error: 'Joker.com refused the request (nack); see Results for the reason',
      });
    } else {
      await finishItem(this.#db, item.id, { state: 'done', procId: found.procId, result: found.status });
    }
  }

  async #pollResults(): Promise<void> {
    const waiting = await awaitingResults(this.#db, 500);
    // One result-list per DMAPI session, however many of its jobs wait: jobs of one creator share a session.
    const bySession = new Map<string, { job: BulkJob; items: BulkJobItem[] }>();
    const jobs = new Map<number, BulkJob>();
    for (const item of waiting) {
      let job = jobs.get(item.jobId);
      if (!job) jobs.set(item.jobId, (job = await this.#job(item.jobId)));
      const key = job.sessionId ?? `job:${job.id}`;
      const group = bySession.get(key) ?? { job, items: [] };
      group.items.push(item);
      bySession.set(key, group);
    }
    for (const { job, items } of bySession.values()) {
      let statuses: Map<string, ResultStatus>;
      try {
        statuses = await this.#executor.poll(job, items.map((i) => i.procId as string));
      } catch (error) {
        // A job whose session has ended cannot ask result-list; its outcomes stay "waiting" (Results has them).
        if (!this.#executor.describeError(error).notSent) this.#onError(error);
        continue;
      }
      for (const item of items) {
        const status = statuses.get(item.procId as string);
        if (status === 'ack' || status === 'nack') await settleResult(this.#db, item.id, status);
      }
    }
  }
}
