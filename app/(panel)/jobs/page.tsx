import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireRole } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { listJobViews } from '@/lib/jobs/queries';

export const metadata: Metadata = { title: 'Bulk jobs' };
export const dynamic = 'force-dynamic';

export default async function JobsPage() {
  const session = await requireRole('domains');
  const jobs = await listJobViews(await getDb(), session.uid);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-lg font-semibold">Bulk jobs</h1>
      {jobs.length === 0 ? <p className="text-sm text-zinc-500">No bulk jobs yet. Select domains in the list to start one.</p> : null}
      <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {jobs.map((j) => (
          <li key={j.id} className="flex items-center gap-4 px-4 py-2">
            <Link href={`/jobs/${j.id}`} className="flex-1 text-sky-700 hover:underline dark:text-sky-400">
              {j.title}
            </Link>
            <span className="text-xs tabular-nums text-zinc-500">
              {j.counts.done} done · {j.counts.failed} failed · {j.counts.skipped} skipped
            </span>
            <span className="w-20 text-xs" title={j.stateReason ?? undefined}>
              {j.state}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
