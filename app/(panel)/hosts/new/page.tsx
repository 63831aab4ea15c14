import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { HostForm } from '@/components/hosts/host-form';
import { requireRole } from '@/lib/auth';

export const metadata: Metadata = { title: 'New host' };
export const dynamic = 'force-dynamic';

/** Create a name server host with its IPv4 and IPv6 glue addresses. */
export default async function NewHostPage() {
  await requireRole('hosts', 'change');
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/hosts" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Hosts
        </Link>
      </p>
      <h1 className="text-lg font-semibold">New host</h1>
      <HostForm mode="create" />
    </div>
  );
}
