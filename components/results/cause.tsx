import Link from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import type { InboxRow, RequestCause } from '@/lib/results/types';

/** Who caused a queued request: the panel user (and the bulk job), or nobody in this panel. */
export function CauseText({ cause }: { cause: RequestCause }) {
  if (cause.kind === 'outside') return <span className="text-zinc-500">Not sent through this panel</span>;
  const who = cause.self ? 'You' : (cause.actor ?? 'Another panel user');
  return (
    <span>
      {who}
      {cause.jobId !== undefined ? (
        <>
          {' · '}
          <Link href={`/jobs/${cause.jobId}`} className="text-sky-700 hover:underline dark:text-sky-400">
            {cause.jobTitle ? `job #${cause.jobId}: ${cause.jobTitle}` : `bulk job #${cause.jobId}`}
          </Link>
        </>
      ) : null}
    </span>
  );
}

const TONE = { pending: 'info', ack: 'success', nack: 'danger' } as const;
const WORD = { pending: 'in progress', ack: 'ack', nack: 'nack' } as const;

export function ResultStatus({ status }: { status: InboxRow['status'] }) {
  return <Badge tone={TONE[status]}>{WORD[status]}</Badge>;
}
