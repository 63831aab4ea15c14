import 'server-only';
import Link from '@/components/ui/link';
import { unstable_rethrow } from 'next/navigation';
import { actionPermission, can, type PanelSession, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { failureText } from '@/lib/failure/describe';
import { formatCount, formatRelative, plural } from '@/lib/format';
import { log } from '@/lib/log';
import type { ListFilters } from '@/lib/schemas/verification';
import { pendingList, syncEntries } from '@/lib/verification/entries';
import { queryEntries } from '@/lib/verification/list';
import { currentTime, listHref } from '@/lib/verification/pending';
import { FilterBar } from './filter-bar';
import { PendingTable } from './pending-table';

/**
 * The list of owner e-mails: wa-email-list (read at most once a minute for the whole account, or now with Refresh)
 * brought into the panel's mirror, then one page of the mirror with the URL's filters. When Joker.com cannot be read,
 * the mirror is shown as last known, with the reason.
 */
export async function PendingSection({ session, filters, refresh }: { session: PanelSession; filters: ListFilters; refresh: boolean }) {
  const db = await getDb();
  let readAt: number | null = null;
  let problem: string | null = null;
  try {
    const list = await withDmapi(async (client) => {
      const read = await pendingList(session.uid, client, refresh);
      await syncEntries(db, session.uid, read, client);
      return read;
    });
    readAt = list.readAt;
  } catch (error) {
    // withDmapi sends a session whose key no longer logs in to sign-in: that redirect must go through.
    unstable_rethrow(error);
    problem = failureText(error);
    log('verification').warn({ request: 'wa-email-list', reason: error instanceof Error ? error.name : 'unknown' }, 'pending list not read; showing the mirror');
  }
  const now = currentTime();
  const page = await queryEntries(db, session.uid, filters, now);
  return (
    <div className="space-y-3">
      <FilterBar filters={filters} tlds={page.tlds} counts={page.counts} />
      <p className="flex flex-wrap items-center gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {formatCount(page.counts.pending)} {page.counts.pending === 1 ? 'address' : 'addresses'} pending
          {readAt ? ` · read from Joker.com ${formatRelative(readAt, now)}` : ''}
        </span>
        <Link href={`${listHref(filters)}${listHref(filters).includes('?') ? '&' : '?'}refresh=1`} className="text-sky-700 hover:underline dark:text-sky-400">
          Read again now
        </Link>
      </p>
      {problem ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          The pending list could not be read from Joker.com: {problem} Shown is what the panel last knew.
        </p>
      ) : null}
      {filters.state === 'pending' && page.counts.lapsed > 0 ? (
        <p className="text-sm">
          <Link href={listHref({ state: 'lapsed' })} className="text-rose-700 hover:underline dark:text-rose-400">
            {plural(page.counts.lapsed, 'address', 'addresses')} lapsed unverified
          </Link>{' '}
          — their domains may be deactivated.
        </p>
      ) : null}
      <PendingTable
        rows={page.rows}
        total={page.total}
        filters={filters}
        now={now}
        resend={actionPermission(session, 'verification', 'change', 'wa-email-validate')}
        domainLinks={can(session, 'domains', 'view')}
      />
    </div>
  );
}
