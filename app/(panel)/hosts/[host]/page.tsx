import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DeleteHost } from '@/components/hosts/delete-host';
import { HostForm } from '@/components/hosts/host-form';
import { FailureNotice } from '@/components/form/failure-notice';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import type { Permission } from '@/lib/auth/roles';
import { queryHost } from '@/lib/dmapi';
import { describeFailure } from '@/lib/failure';
import { hostName } from '@/lib/schemas/host';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeSegment((await params).host) };
}

async function HostDetails({ host, change }: { host: string; change: Permission }) {
  let row;
  try {
    row = await withDmapi((client) => queryHost(client, { host }));
  } catch (error) {
    const failure = describeFailure(error);
    if (!failure) throw error;
    return <FailureNotice failure={failure} />;
  }
  if (!row) {
    return (
      <p className="text-sm">
        This account has no host {host} at Joker.com. <Link href="/hosts" className="underline">Back to the hosts</Link>
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <section aria-labelledby="addresses-heading" className="space-y-3">
        <h2 id="addresses-heading" className="text-base font-semibold">
          Addresses
        </h2>
        {change.allowed ? (
          <HostForm mode="modify" host={row.host} ipv4={row.ipv4} ipv6={row.ipv6} />
        ) : (
          <>
            <p className="font-mono text-sm">{[...row.ipv4, ...row.ipv6].join(', ') || '—'}</p>
            <p className="text-xs text-zinc-500">{change.reason}</p>
          </>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="space-y-2">
        <h2 id="delete-heading" className="text-base font-semibold">
          Delete
        </h2>
        <DeleteHost host={row.host} permission={change} />
      </section>
    </div>
  );
}

/** One host: its addresses (change them), delete. */
export default async function HostPage({ params }: Props) {
  const session = await requireRole('hosts');
  const parsed = hostName.safeParse(decodeSegment((await params).host));
  if (!parsed.success) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/hosts" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Hosts
        </Link>
      </p>
      <h1 className="font-mono text-lg font-semibold">{parsed.data}</h1>
      <Streamed label="the host" fallback={<Skeleton className="h-40 w-full" />}>
        <HostDetails host={parsed.data} change={actionPermission(session, 'hosts', 'change', ['ns-modify', 'ns-delete'])} />
      </Streamed>
    </div>
  );
}
