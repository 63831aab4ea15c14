import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';

/** The contract between the job runner (runner.ts) and the DMAPI (dmapi-executor.ts; a fake in runner tests). */

export type ResultStatus = '?' | 'ack' | 'nack';

/** What sending one item produced: a Proc-ID for queued requests, nothing for immediate ones. */
export interface SendOutcome {
  procId?: string;
  trackingId?: string;
}

/** Whether the job's creator may still act: go on, or pause (session ended) or cancel (revoked) with the reason. */
export type Verdict = { ok: true } | { ok: false; action: 'pause' | 'cancel'; reason: string };

/** After a crash: the request found in result-list, or (requests it never lists) whether the change is in place. */
export type Lookup = { procId: string; status: ResultStatus } | { applied: boolean };

/** The DMAPI side of the runner; lib/jobs/dmapi-executor.ts in the panel, a fake in tests. */
export interface JobExecutor {
  /** Before each item: may the job's creator still act (lib/jobs/authorize.ts)? */
  authorize(job: BulkJob): Promise<Verdict>;
  /** Send the item's one request. Throws on refusal (DmapiError) or transport failure. */
  send(job: BulkJob, item: BulkJobItem): Promise<SendOutcome>;
  /** After a crash: what is known of a request sent for this item, if anything. */
  lookup(job: BulkJob, item: BulkJobItem): Promise<Lookup | undefined>;
  /** Current result-list status of accepted requests, by Proc-ID. */
  poll(job: BulkJob, procIds: string[]): Promise<Map<string, ResultStatus>>;
  /**
   * A sentence for the item's error column; `unknown` when the request may have reached the DMAPI anyway;
   * `notSent` when it provably did not (the job's session ended before it was processed): the job pauses instead.
   */
  describeError(error: unknown): { message: string; unknown: boolean; notSent?: boolean };
  /** Each heartbeat: drop DMAPI clients of sessions that ended in another process. */
  housekeeping?(): Promise<void>;
}
