import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { HostTable, type HostRow } from '@/components/hosts/host-table';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { queryNsList } from '@/lib/dmapi';
import { describeFailure } from '@/lib/failure';

export const metadata: Metadata = { title: 'Hosts' };
export const dynamic = 'force-dynamic';

async function HostRows() {
  let rows: HostRow[] = [];
  let failure = null;
  try {
    rows = await withDmapi((client) => queryNsList(client, { full: true }));
  } catch (error) {
    failure = describeFailure(error) ?? null;
    if (!failure) throw error;
  }
  return <HostTable rows={rows} failure={failure} />;
}

/** Name server hosts (glue): the list with addresses, and a way to create one. */
export default async function HostsPage() {
  const session = await requireRole('hosts');
  const change = actionPermission(session, 'hosts', 'change', 'ns-create');
  return (
    <div className="max-w-5xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-lg font-semibold">Name server hosts</h1>
        {change.allowed ? (
          <Link href="/hosts/new" className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900">
            New host
          </Link>
        ) : (
          <p className="text-xs text-zinc-500">{change.reason}</p>
        )}
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        A host is needed to use a name server inside one of your own domains (ns1.example.com for example.com): the registry
        publishes its addresses as glue records.
      </p>
      <Streamed label="hosts" fallback={<Skeleton className="h-48 w-full" />}>
        <HostRows />
      </Streamed>
    </div>
  );
}
