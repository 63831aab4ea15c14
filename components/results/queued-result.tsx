'use client';

import Link from '@/components/ui/link';
import { formatDateTime } from '@/lib/format';
import type { QueuedOutcome } from '@/lib/results/types';
import { cn } from '@/lib/utils/cn';
import { useQueuedResult } from './use-queued-result';

export interface QueuedResultProps {
  procId: string;
  /** What was asked, in words: "Lock example.com". */
  label: string;
  onSettled?: (outcome: QueuedOutcome) => void;
  className?: string;
}

/**
 * "Accepted, Proc-ID N", followed to Joker's answer: waiting → done (ack) or refused (nack) with the reasons in words and
 * what to do next. Every queued request the panel sends shows one of these. Announced politely as it changes.
 */
export function QueuedResult({ procId, label, onSettled, className }: QueuedResultProps) {
  const { outcome, failure } = useQueuedResult(procId, onSettled);
  const status = outcome?.status ?? 'pending';
  const tone =
    status === 'ack'
      ? 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100'
      : status === 'nack'
        ? 'border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100'
        : 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100';
  return (
    <div role="status" aria-live="polite" className={cn('rounded border px-3 py-2 text-sm', tone, className)} data-status={status}>
      <p>
        <span className="font-medium">{label}</span>
        {': '}
        {status === 'ack' ? 'done — Joker.com confirmed it (ack).' : null}
        {status === 'nack' ? 'refused by Joker.com (nack).' : null}
        {status === 'pending' || status === 'unlisted' ? 'accepted, waiting for Joker.com…' : null}
        <span className="ml-2 text-xs tabular-nums opacity-80">
          Proc-ID {procId}
          {outcome?.at ? ` · sent ${formatDateTime(outcome.at)}` : ''}
        </span>
      </p>
      {status === 'nack' ? (
        <div className="mt-1">
          {outcome?.error ? <p>{outcome.error}</p> : null}
          {outcome?.next ? <p>{outcome.next}</p> : null}
          {outcome?.reasons && outcome.reasons.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-xs" aria-label="Joker.com said">
              {outcome.reasons.map((r, i) => (
                <li key={`${i}-${r}`}>{r}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {failure && status !== 'ack' && status !== 'nack' ? (
        <p className="mt-1 text-xs">
          {failure.error} The panel keeps checking; the request itself is not affected.{' '}
          <Link href="/results" className="underline">
            Results
          </Link>
        </p>
      ) : null}
    </div>
  );
}
