import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FailureNotice } from '@/components/form';
import { FactList, type Fact } from '@/components/domains/fact-list';
import { CauseText, ResultStatus } from '@/components/results/cause';
import { AuthIdReveal, DeleteThisReply } from '@/components/results/result-detail-actions';
import { requireRole, withDmapi } from '@/lib/auth';
import { describeFailure } from '@/lib/failure';
import { formatDateTime } from '@/lib/format';
import { loadResultDetail } from '@/lib/results/detail';
import { deletePermission, revealPermission } from '@/lib/results/permissions';
import type { ResultDetail } from '@/lib/results/types';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ procId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Proc-ID ${decodeSegment((await params).procId).slice(0, 20)}` };
}

function facts(detail: ResultDetail): Fact[] {
  const row = detail.row;
  const out: Fact[] = [['Proc-ID', detail.procId]];
  if (row) {
    out.push(['Request', row.request], ['Object', row.object ?? '—'], ['Received', formatDateTime(row.at)], ['SvTrID', row.svTrId || '—']);
    if (row.clTrId) out.push(['Client TrID', row.clTrId]);
  }
  return out;
}

/**
 * One queued request: result-list's row, who in the panel caused it, and Joker's stored reply (result-retrieve) with
 * auth-ids masked behind an audited reveal. A Proc-ID Joker does not know is refused by the DMAPI and said so.
 */
export default async function ResultPage({ params }: Props) {
  const session = await requireRole('results');
  const procId = decodeSegment((await params).procId);
  // The URL segment is browser input: a Proc-ID is a number.
  if (!/^\d{1,20}$/.test(procId)) notFound();
  let detail: ResultDetail;
  try {
    detail = await withDmapi((client) => loadResultDetail(client, session, procId));
  } catch (error) {
    const failure = describeFailure(error) ?? { code: 'unavailable' as const, error: 'Joker.com could not be asked about this request.' };
    return (
      <div className="max-w-3xl space-y-4">
        <Back />
        <h1 className="text-lg font-semibold">Proc-ID {procId}</h1>
        <FailureNotice failure={failure} />
      </div>
    );
  }
  const status = detail.completion ?? detail.row?.status ?? null;
  return (
    <div className="max-w-3xl space-y-4">
      <Back />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">Proc-ID {procId}</h1>
        {status ? <ResultStatus status={status} /> : null}
      </div>
      <FactList facts={facts(detail)} label="The queued request" />
      <section aria-labelledby="cause-heading" className="space-y-1 text-sm">
        <h2 id="cause-heading" className="font-medium">Caused by</h2>
        {detail.row ? <CauseText cause={detail.row.cause} /> : <span className="text-zinc-500">Not in the result list.</span>}
      </section>
      {detail.error ? <FailureNotice failure={{ code: 'dmapi', error: detail.error, ...(detail.next ? { next: detail.next } : {}) }} /> : null}
      <Reply detail={detail} />
      {detail.hasAuthId ? <AuthIdReveal procId={procId} permission={revealPermission(session)} /> : null}
      {status && status !== 'pending' ? <DeleteThisReply procId={procId} permission={deletePermission(session)} /> : null}
    </div>
  );
}

function Back() {
  return (
    <p className="text-sm">
      <Link href="/results" className="text-sky-700 hover:underline dark:text-sky-400">
        ← Results
      </Link>
    </p>
  );
}

/** Joker's stored reply, field by field (secrets arrive masked); Joker keeps only the status after a delete or 30 days. */
function Reply({ detail }: { detail: ResultDetail }) {
  if (!detail.hasContent) {
    return <p className="text-sm text-zinc-500">Joker.com keeps no reply for this request any more (deleted, or older than 30 days): only its status.</p>;
  }
  return (
    <section aria-labelledby="reply-heading" className="space-y-2">
      <h2 id="reply-heading" className="text-sm font-medium">Joker’s reply</h2>
      {detail.fields.length > 0 ? <FactList facts={detail.fields.map((f) => [f.key, f.value])} label="Joker’s reply" /> : null}
      {detail.reasons.length > 0 ? (
        <ul className="list-disc pl-5 text-sm" aria-label="Joker’s reasons">
          {detail.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
