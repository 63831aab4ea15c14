import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Overview } from '@/components/dashboard/overview';
import { requireRole, requireSession } from '@/lib/auth';

export const metadata: Metadata = { title: 'Overview' };
export const dynamic = 'force-dynamic';

/** Paints at once; the sections stream in as their reads finish (components/dashboard/overview.tsx). */
export default async function OverviewPage() {
  // Customers have no overview: their own area is My domains.
  const { role } = await requireSession();
  if (role === 'customer') redirect('/my-domains');
  // Verification staff have no overview: their workspace is their home.
  if (role === 'verification') redirect('/verification');
  const session = await requireRole('overview');
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Overview</h1>
      <Overview session={session} />
    </div>
  );
}
