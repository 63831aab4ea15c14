import type { PendingTransfer, PendingVerification, ResultListRow } from '@/lib/dmapi';
import Link from '@/components/ui/link';
import { DomainLink } from '@/components/domains/domain-link';
import { plural } from '@/lib/format';
import { cn } from '@/lib/utils/cn';
import { RecentResults } from './recent-results';

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '—');

export function TransferList({ rows }: { rows: PendingTransfer[] }) {
  if (rows.length === 0) return <p className="text-zinc-500">No transfers pending.</p>;
  return (
    <ul className="space-y-1">
      {rows.slice(0, 10).map((t) => (
        <li key={t.domain} className="flex justify-between gap-2">
          <span className="min-w-0 truncate">{t.domain}</span>
          <span className="shrink-0 text-xs text-zinc-500">{t.state}</span>
        </li>
      ))}
      {rows.length > 10 ? <li className="text-xs text-zinc-500">and {rows.length - 10} more</li> : null}
    </ul>
  );
}

export function VerificationList({ rows, now }: { rows: PendingVerification[]; now: number }) {
  if (rows.length === 0) return <p className="text-zinc-500">No owner e-mails waiting for verification.</p>;
  return (
    <ul className="space-y-1">
      {rows.map((v) => {
        const days = v.deadline ? Math.floor((v.deadline.getTime() - now) / 86_400_000) : undefined;
        return (
          <li key={`${v.email} ${v.domain}`} className="flex justify-between gap-2">
            <span className="min-w-0 truncate">
              <DomainLink domain={v.domain} /> <span className="text-xs text-zinc-500">{v.email}</span>
            </span>
            <span className={cn('shrink-0 text-xs tabular-nums', days !== undefined && days <= 3 && 'text-rose-700')}>
              {day(v.deadline)}
              {days !== undefined ? ` (${days} d)` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Recent queued requests; a nack is highlighted because something the reseller asked for did not happen. */
export function ResultList({ rows, nacks, pending }: { rows: ResultListRow[]; nacks: number; pending: number }) {
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <Link href="/results?status=pending" className="text-sky-700 hover:underline dark:text-sky-400">
          {plural(pending, 'request')} in progress
        </Link>
        <Link href="/results?status=nack" className={cn('hover:underline', nacks > 0 ? 'font-medium text-rose-700 dark:text-rose-400' : 'text-sky-700 dark:text-sky-400')}>
          {plural(nacks, 'request')} refused (nack) in the last 90 days
        </Link>
        <Link href="/results" className="text-sky-700 hover:underline dark:text-sky-400">
          All results
        </Link>
      </p>
      {rows.length === 0 ? <p className="text-zinc-500">No queued requests in the last 90 days.</p> : <RecentResults rows={rows} />}
    </div>
  );
}

/** Shown at the top of the overview while Joker has refused requests: the reseller asked for something that did not happen. */
export function NackAlert({ nacks }: { nacks: number }) {
  if (nacks === 0) return null;
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-rose-300 bg-rose-50 px-4 py-2 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
      <span>
        Joker.com refused {plural(nacks, 'queued request')} in the last 90 days (nack): what was asked for did not happen.
      </span>
      <Link href="/results?status=nack" className="font-medium underline">
        Review the refused requests
      </Link>
    </div>
  );
}
