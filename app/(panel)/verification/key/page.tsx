import type { Metadata } from 'next';
import { KeyLookupForm, RecordAnswerForm } from '@/components/verification/key-forms';
import { actionPermission, requireRole } from '@/lib/auth';

export const metadata: Metadata = { title: 'Keys · Whois verification' };
export const dynamic = 'force-dynamic';

/** Look a key up; record an answer an owner gives by phone. */
export default async function VerificationKeyPage() {
  const session = await requireRole('verification');
  return (
    <div className="space-y-8">
      <section aria-labelledby="lookup-heading" className="space-y-2">
        <h2 id="lookup-heading" className="text-base font-semibold">
          Look a key up
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Which address and domains a verification key belongs to, and where it stands.</p>
        <KeyLookupForm />
      </section>
      <section aria-labelledby="answer-heading" className="space-y-2">
        <h2 id="answer-heading" className="text-base font-semibold">
          Record an owner’s answer
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          For an owner who cannot use the link and gives their key by phone. Check who you are speaking to first: the answer counts as theirs.
        </p>
        <RecordAnswerForm permission={actionPermission(session, 'verification', 'change', 'wa-email-verify')} />
      </section>
    </div>
  );
}
