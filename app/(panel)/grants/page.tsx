import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AccessTable } from '@/components/grants/access-table';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { formatCount, plural } from '@/lib/format';
import { accessPicture } from '@/lib/grants/access';

export const metadata: Metadata = { title: 'Access' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Who has access to what: every person with a role or an invitation on any domain of the portfolio (grants-list of
 * each domain the list counts grants or invitations on), filterable, revocable, exportable as CSV.
 */
export default async function AccessPage({ searchParams }: Props) {
  await requireRole('grants');
  const { refresh, person } = await searchParams;
  return (
    <div className="max-w-6xl space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-lg font-semibold">Access</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Everyone who holds a role on one of your domains or is invited to one.</p>
        <Link href="/grants?refresh=1" className="ml-auto text-sm text-sky-700 hover:underline dark:text-sky-400">
          Read again from Joker.com
        </Link>
      </div>
      <Streamed label="access" fallback={<Skeleton className="h-64 w-full" />}>
        <Access refresh={refresh === '1'} person={typeof person === 'string' ? person.slice(0, 254) : ''} />
      </Streamed>
    </div>
  );
}

async function Access({ refresh, person }: { refresh: boolean; person: string }) {
  const session = await requireRole('grants');
  const db = await getDb();
  const picture = await withDmapi((client) => accessPicture(db, session.uid, client, refresh));
  return (
    <div className="space-y-3">
      <p className="text-xs text-zinc-500">
        {plural(picture.entries.length, 'grant or invitation', 'grants and invitations')} on {plural(picture.domains, 'domain')} with any; read{' '}
        {new Date(picture.at).toISOString().slice(11, 16)} UTC.
      </p>
      {picture.failures.length > 0 ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">The grants of {formatCount(picture.failures.length)} domains could not be read; they are missing below.</p>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {picture.failures.slice(0, 5).map((f) => (
              <li key={f.domain}>
                {f.domain}: {f.error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AccessTable
        entries={picture.entries}
        initialPerson={person}
        change={actionPermission(session, 'grants', 'change', 'grants-revoke')}
        bulk={actionPermission(session, 'domains', 'change', 'grants-revoke')}
      />
    </div>
  );
}
