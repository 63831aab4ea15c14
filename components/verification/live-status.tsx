import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { withDmapi } from '@/lib/auth';
import type { Permission } from '@/lib/auth/roles';
import { type EmailStatus, waEmailQueryStatus } from '@/lib/dmapi';
import { failureText } from '@/lib/failure/describe';
import { ResendForm } from './resend-form';

export const STATUS_WORDS: Record<EmailStatus, { label: string; tone: 'success' | 'info' | 'danger' | 'neutral'; text: string }> = {
  verified: { label: 'Verified', tone: 'success', text: 'The owner has confirmed this address.' },
  pending: { label: 'Pending', tone: 'info', text: 'Joker.com is waiting for the owner to confirm this address.' },
  invalid: { label: 'Invalid', tone: 'danger', text: 'The owner answered no, or the deadline passed without an answer.' },
  unverified: { label: 'Not verified', tone: 'neutral', text: 'Joker.com has no verification running for this address.' },
};

/** The address's state as Joker.com has it now (wa-email-query-status), with Resend while it is pending. */
export async function LiveStatus({ email, resend }: { email: string; resend: Permission }) {
  let status: EmailStatus;
  try {
    status = await withDmapi((client) => waEmailQueryStatus(client, { email }));
  } catch (error) {
    unstable_rethrow(error);
    return <p className="text-sm text-amber-800 dark:text-amber-300">The state at Joker.com could not be read: {failureText(error)}</p>;
  }
  const words = STATUS_WORDS[status];
  return (
    <div className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-500">At Joker.com now:</span>
        <Badge tone={words.tone}>{words.label}</Badge>
        <span>{words.text}</span>
      </p>
      {status === 'pending' ? <ResendForm emails={[email]} permission={resend} label="Resend the verification e-mail" /> : null}
    </div>
  );
}
