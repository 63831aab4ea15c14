import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Overview } from '@/components/dashboard/overview';
import { requireRole, requireSession, withDmapi } from '@/lib/auth';
import { loadDashboard } from '@/lib/portfolio/dashboard-data';

export const metadata: Metadata = { title: 'Overview' };
export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  // Customers have no overview: their own area is My domains.
  if ((await requireSession()).role === 'customer') redirect('/my-domains');
  const session = await requireRole('overview');
  const data = await withDmapi((client) => loadDashboard(session, client));
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Overview</h1>
      <Overview data={data} />
    </div>
  );
}
