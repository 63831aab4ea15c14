import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DomainLink } from '@/components/domains/domain-link';
import { FactList, type Fact } from '@/components/domains/fact-list';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { ActivityList, NoteList } from '@/components/verification/history';
import { NoteForm } from '@/components/verification/note-form';
import { LiveStatus } from '@/components/verification/live-status';
import { STATE_LABELS } from '@/components/verification/state-badge';
import { actionPermission, can, permission, requireRole } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { formatDateTime, formatRelative } from '@/lib/format';
import { email as emailSchema } from '@/lib/schemas/common';
import { activityOf, notesOf } from '@/lib/verification/activity';
import { entryOf } from '@/lib/verification/list';
import { countdownText, currentTime } from '@/lib/verification/pending';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ email: string }> };

async function emailOf(params: Props['params']): Promise<string> {
  const parsed = emailSchema.safeParse(decodeSegment((await params).email));
  if (!parsed.success) notFound();
  return parsed.data.toLowerCase();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeSegment((await params).email)} · Whois verification` };
}

/** One owner address: its domains and deadline, the live state at Joker.com, resend, notes and history. */
export default async function VerificationEmailPage({ params }: Props) {
  const session = await requireRole('verification');
  const email = await emailOf(params);
  const db = await getDb();
  const [entry, notes, activity] = await Promise.all([entryOf(db, session.uid, email), notesOf(db, session.uid, email), activityOf(db, session.uid, email)]);
  const now = currentTime();
  const links = can(session, 'domains', 'view');
  const facts: Fact[] = entry
    ? [
        ['State in the panel', STATE_LABELS[entry.state]],
        ['Deadline', entry.deadline ? `${formatDateTime(entry.deadline)} (${countdownText(entry.deadline, now)})` : '—'],
        ['Last resend through the panel', entry.lastResend ? formatRelative(entry.lastResend, now) : '—'],
      ]
    : [['State in the panel', 'The panel has not seen this address waiting for verification.']];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/verification" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Owner e-mails
        </Link>
      </p>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="break-all text-base font-semibold">
          {email}
        </h2>
        <FactList facts={facts} label="What the panel knows" />
        {entry && entry.domains.length > 0 ? (
          <div>
            <h3 className="text-sm font-medium">Domains waiting on this address</h3>
            <ul className="mt-1 space-y-0.5 text-sm">
              {entry.domains.map((d) => (
                <li key={d.domain}>
                  {links ? <DomainLink domain={d.domain} /> : d.domain}
                  {d.deadline ? <span className="text-zinc-500"> · deadline {formatDateTime(d.deadline)}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Streamed label="the state at Joker.com" fallback={<Skeleton className="h-10 w-full" />}>
          <LiveStatus email={email} resend={actionPermission(session, 'verification', 'change', 'wa-email-validate')} />
        </Streamed>
      </section>
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-base font-semibold">
          Notes
        </h2>
        <NoteForm email={email} permission={permission(session, 'verification', 'change')} />
        <NoteList rows={notes} />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-base font-semibold">
          History
        </h2>
        <ActivityList rows={activity} />
      </section>
    </div>
  );
}
