import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DomainList } from '@/components/domains/domain-list';
import type { BulkPermissions } from '@/components/domains/bulk-bar';
import { permission, requireRole } from '@/lib/auth';
import { requestListFor, requestPermissions } from '@/lib/auth/request-list';
import { kindRequests } from '@/lib/jobs/senders';

export const metadata: Metadata = { title: 'Domains' };
export const dynamic = 'force-dynamic';

/**
 * The list with its bulk menu. The key's request list (query-request-list) is read here, on first need and inside
 * Suspense, so neither sign-in nor the page shell waits for it; a bulk kind whose request the key may not send is
 * disabled with the reason. Actions re-check everything on the server.
 */
async function DomainListForSession({ sessionId, base }: { sessionId: string; base: Omit<BulkPermissions, 'requests'> }) {
  const requests = requestPermissions(await requestListFor(sessionId), kindRequests());
  return <DomainList permissions={{ ...base, requests }} />;
}

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
        <DomainListForSession sessionId={session.id} base={permissions} />
      </Suspense>
    </div>
  );
}
