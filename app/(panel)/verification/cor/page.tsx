import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { CorTable } from '@/components/verification/cor-table';
import { ActivityList } from '@/components/verification/history';
import { can, type PanelSession, requireRole, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { failureText } from '@/lib/failure/describe';
import { recentCorAnswers } from '@/lib/verification/activity';
import { loadCors } from '@/lib/verification/cor';

export const metadata: Metadata = { title: 'Changes of registrant · Whois verification' };
export const dynamic = 'force-dynamic';

async function Changes({ session }: { session: PanelSession }) {
  const db = await getDb();
  let rows: Awaited<ReturnType<typeof loadCors>>;
  try {
    rows = await withDmapi((client) => loadCors(db, session.uid, client));
  } catch (error) {
    unstable_rethrow(error);
    return <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">The changes could not be read: {failureText(error)}</p>;
  }
  return <CorTable rows={rows} domainLinks={can(session, 'domains', 'view')} />;
}

async function Answers({ session }: { session: PanelSession }) {
  return <ActivityList rows={await recentCorAnswers(await getDb(), session.uid)} label="Answers on the change-of-registrant page" />;
}

/** Owner changes made through the panel and where each stands; answers given on the public /cor page. */
export default async function VerificationCorPage() {
  const session = await requireRole('verification');
  return (
    <div className="space-y-6">
      <section aria-labelledby="cor-heading" className="space-y-2">
        <h2 id="cor-heading" className="text-base font-semibold">
          Changes of registrant
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          An owner change (domain-owner-change) is carried out only after the registrants confirm it with the keys Joker.com mails them
          (on the panel’s /cor page); without an answer it expires. Listed: changes made through the panel in the last 90 days.
        </p>
        <Streamed label="the changes of registrant" fallback={<Skeleton className="h-40 w-full" />}>
          <Changes session={session} />
        </Streamed>
      </section>
      <section aria-labelledby="cor-answers-heading" className="space-y-2">
        <h2 id="cor-answers-heading" className="text-base font-semibold">
          Answers on the public page
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">A change-of-registrant key names no domain, so answers are listed by time and address.</p>
        <Streamed label="the answers" fallback={<Skeleton className="h-20 w-full" />}>
          <Answers session={session} />
        </Streamed>
      </section>
    </div>
  );
}
