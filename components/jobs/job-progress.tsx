'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useEffect, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { cancelBulkJobAction, cancelBulkOrderAction, retryFailedItemsAction } from '@/app/(panel)/domains/actions';
import { BulkDialog } from '@/components/domains/bulk-dialog';
import { Button } from '@/components/ui/button';
import type { JobParams } from '@/lib/jobs/kinds';
import type { JobItemView, JobView } from '@/lib/jobs/queries';
import { RETRIED_ELSEWHERE } from '@/lib/jobs/retry-where';
import { queryKeys } from '@/lib/query-keys';
import { JobItems } from './job-items';

type Progress = { job: JobView | null; items: JobItemView[] };

const FINISHED = new Set(['done', 'cancelled']);

async function fetchProgress(id: number, state: string): Promise<Progress> {
  const response = await fetch(`/api/jobs/${id}${state ? `?state=${state}` : ''}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The job could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as Progress;
}

interface Props {
  initial: Progress;
  /** Which cancel action this user may use for this job (its kind's operation), or null when they may not cancel. */
  cancel: 'change' | 'order' | null;
}

/** Progress bar, counts and per-item results of one bulk job, polled each second until it has finished. */
export function JobProgress({ initial, cancel: cancelWith }: Props) {
  const id = initial.job?.id ?? 0;
  const [state, setState] = useState('');
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [retry, setRetry] = useState<{ action: JobParams; domains: string[] } | null>(null);
  const { data } = useQuery({
    queryKey: [...queryKeys.job(id), state],
    queryFn: () => fetchProgress(id, state),
    initialData: state === '' ? initial : undefined,
    refetchInterval: (q) => {
      const job = q.state.data?.job;
      if (!job) return 1000;
      // Paused until its creator signs in again: look now and then.
      if (job.state === 'paused') return 5000;
      if (!FINISHED.has(job.state)) return 1000;
      // After the end, follow accepted requests to their ack/nack for a while, more slowly; Results has the rest.
      const waiting = q.state.data?.items.some((i) => i.result === '?');
      const recent = job.finishedAt !== null && q.state.dataUpdatedAt - Date.parse(job.finishedAt) < 10 * 60_000;
      return waiting && recent ? 5000 : false;
    },
  });
  const job = data?.job ?? initial.job;
  const finishedState = job && FINISHED.has(job.state) ? job.state : null;
  const elsewhere = job ? RETRIED_ELSEWHERE[job.kind] : undefined;
  // The cached domain list predates the job's changes: the next visit re-reads it.
  useEffect(() => {
    if (finishedState) void queryClient.invalidateQueries({ queryKey: queryKeys.portfolio() });
  }, [finishedState, queryClient]);
  if (!job) return <p>This job does not exist.</p>;
  const c = job.counts;
  const finished = c.done + c.failed + c.skipped;
  const percent = c.total === 0 ? 100 : Math.round((finished / c.total) * 100);
  const cancel = () =>
    startTransition(async () => {
      const result = await (cancelWith === 'order' ? cancelBulkOrderAction : cancelBulkJobAction)({ jobId: job.id });
      if (result.ok) toast.success('Job cancelled: pending items are skipped.');
      else toast.error(result.error);
      await queryClient.invalidateQueries({ queryKey: queryKeys.job(job.id) });
    });
  const retryFailed = () =>
    startTransition(async () => {
      const result = await retryFailedItemsAction({ jobId: job.id });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      const { action, domains, unknown, later } = result.data;
      let left = unknown > 0 ? ` ${unknown} item${unknown === 1 ? '' : 's'} whose outcome is unknown ${unknown === 1 ? 'is' : 'are'} left out: check Results first.` : '';
      if (later > 0) left += ` This retry takes the first 5,000; retry again afterwards for the other ${later.toLocaleString('en')}.`;
      if (domains.length === 0) toast.info(`No failed item can be sent again.${left}`);
      else {
        if (left) toast.info(left.trim());
        setRetry({ action, domains });
      }
    });
  return (
    <div className="space-y-4">
      {retry ? (
        <BulkDialog start={retry.action} selection={{ mode: 'domains', domains: retry.domains }} count={retry.domains.length} onClose={() => setRetry(null)} />
      ) : null}
      <div className="flex items-center gap-3">
        <span className="rounded bg-zinc-100 px-2 py-0.5 text-sm dark:bg-zinc-800" data-testid="job-state">
          {job.state}
        </span>
        {cancelWith && !FINISHED.has(job.state) ? (
          <Button variant="danger" size="sm" onClick={cancel} disabled={pending}>
            Cancel job
          </Button>
        ) : null}
        {cancelWith && finishedState && c.failed > 0 && elsewhere ? (
          <p className="text-sm">
            Failed items of this job are sent again from{' '}
            <Link href={elsewhere.href} className="text-sky-700 underline dark:text-sky-400">
              {elsewhere.where}
            </Link>{' '}
            ({elsewhere.why}).
          </p>
        ) : null}
        {cancelWith && finishedState && c.failed > 0 && !elsewhere ? (
          <Button variant="secondary" size="sm" onClick={retryFailed} disabled={pending}>
            Retry failed items…
          </Button>
        ) : null}
      </div>
      {job.stateReason ? (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40" data-testid="job-state-reason">
          {job.stateReason}
        </p>
      ) : null}
      <div
        role="progressbar"
        aria-label="Job progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full bg-emerald-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm tabular-nums" role="status" data-testid="job-counts">
        {finished} of {c.total} finished — {c.done} done, {c.failed} failed, {c.skipped} skipped
        {c.pending + c.running + c.sent > 0 ? `, ${c.pending + c.running + c.sent} to go` : ''}
      </p>
      <JobItems items={data?.items ?? []} state={state} onState={setState} />
    </div>
  );
}
