import type { Metadata } from 'next';
import { environmentLabel } from '@/components/layout/environment-badge';
import { redirect } from 'next/navigation';
import { requireRole, requireSession } from '@/lib/auth';
import { getDatabase } from '@/lib/db';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Overview' };
export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  // Customers have no overview: their own area is My domains.
  if ((await requireSession()).role === 'customer') redirect('/my-domains');
  await requireRole('overview');
  const database = await getDatabase();
  const rows: [string, string][] = [
    ['Environment', environmentLabel(env.ENVIRONMENT)],
    ['DMAPI', env.SANDBOX ? `Embedded sandbox (${env.DMAPI_URL})` : env.DMAPI_URL],
    ['Database', database.kind === 'pglite' ? 'Embedded PGlite' : 'PostgreSQL'],
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-lg font-semibold">Overview</h1>
      <section aria-labelledby="system-heading" className="rounded-md border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="system-heading" className="border-b border-zinc-200 px-4 py-2 text-sm font-medium dark:border-zinc-800">
          System
        </h2>
        <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {rows.map(([term, value]) => (
            <div key={term} className="grid grid-cols-3 gap-4 px-4 py-2">
              <dt className="text-zinc-500">{term}</dt>
              <dd className="col-span-2 font-mono text-xs leading-5">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
