import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DomainList } from '@/components/domains/domain-list';
import { permission, requireRole } from '@/lib/auth';

export const metadata: Metadata = { title: 'Domains' };
export const dynamic = 'force-dynamic';

export default async function DomainsPage() {
  const session = await requireRole('domains');
  // Computed here so the bulk menu can disable what the role or key may not do, with the reason; actions re-check.
  const permissions = { change: permission(session, 'domains', 'change'), order: permission(session, 'domains', 'order') };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-baseline gap-4">
        <h1 className="text-lg font-semibold">Domains</h1>
        <Link href="/jobs" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          Bulk jobs
        </Link>
      </div>
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading…</p>}>
        <DomainList permissions={permissions} />
      </Suspense>
    </div>
  );
}
