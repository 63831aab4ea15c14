import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { JobProgress } from '@/components/jobs/job-progress';
import { requireRole } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { isJobKind, KINDS } from '@/lib/jobs/kinds';
import { cancelPermission } from '@/lib/jobs/permissions';
import { jobItemPage, jobOfAccount, jobView } from '@/lib/jobs/queries';

export const metadata: Metadata = { title: 'Bulk job' };
export const dynamic = 'force-dynamic';

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireRole('domains');
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const [row, job] = await Promise.all([jobOfAccount(db, session.uid, id), jobView(db, session.uid, id)]);
  if (!row || !job) notFound();
  const cancel = cancelPermission(session, row);
  const items = await jobItemPage(db, id, undefined, 0);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href="/jobs" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Bulk jobs
        </Link>
      </p>
      <h1 className="text-lg font-semibold">{job.title}</h1>
      <p className="text-xs text-zinc-500">
        Started by {job.createdByName} at {job.createdAt.replace('T', ' ').slice(0, 19)} UTC
      </p>
      <JobProgress
        initial={{ job, items }}
        cancel={cancel.allowed && isJobKind(row.kind) ? KINDS[row.kind].operation : null}
      />
    </div>
  );
}
