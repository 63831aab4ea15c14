'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ActionForm, SubmitButton, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { resendVerificationAction } from '@/app/(panel)/verification/actions';
import type { Permission } from '@/lib/auth/roles';
import { plural } from '@/lib/format';
import { resendVerificationSchema, type ResendVerificationInput } from '@/lib/schemas/verification';
import type { ResendOutcome } from '@/lib/verification/staff';

const WORDS: Record<ResendOutcome['outcome'], string> = { sent: 'sent', refused: 'refused', failed: 'failed' };
const COLOURS: Record<ResendOutcome['outcome'], string> = {
  sent: 'text-emerald-700 dark:text-emerald-400',
  refused: 'text-amber-800 dark:text-amber-300',
  failed: 'text-rose-700 dark:text-rose-400',
};

export function summary(outcomes: ResendOutcome[]): string {
  const count = (o: ResendOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  const parts = [`${plural(count('sent'), 'e-mail')} sent again`];
  if (count('refused')) parts.push(`${count('refused')} refused`);
  if (count('failed')) parts.push(`${count('failed')} failed`);
  return `${parts.join(', ')}.`;
}

/** Each address's outcome and what it means (refused: not pending or already verified). */
export function ResendOutcomes({ outcomes }: { outcomes: ResendOutcome[] }) {
  return (
    <ul aria-label="Resend outcome per address" className="space-y-0.5 text-sm">
      {outcomes.map((o) => (
        <li key={o.email}>
          <span className="font-medium">{o.email}</span>: <span className={COLOURS[o.outcome]}>{WORDS[o.outcome]}</span>{' '}
          <span className="text-zinc-600 dark:text-zinc-400">— {o.meaning}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Sends the verification e-mail again (wa-email-validate, the original key) to one or several addresses. Several ask
 * first; the outcome is shown per address.
 */
export function ResendForm({ emails, permission, label }: { emails: string[]; permission: Permission; label?: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<ResendVerificationInput, { outcomes: ResendOutcome[] }>({
    schema: resendVerificationSchema,
    action: resendVerificationAction,
    defaultValues: { emails },
    successMessage: (d) => summary(d.outcomes),
    onSuccess: () => router.refresh(),
  });
  const { reset } = controller.form;
  const key = emails.join(',');
  useEffect(() => reset({ emails: key ? key.split(',') : [] }), [reset, key]);
  const many = emails.length > 1;
  const text = label ?? (many ? `Resend to ${plural(emails.length, 'address', 'addresses')}` : 'Resend e-mail');
  const disabled = !permission.allowed || emails.length === 0;
  return (
    <ActionForm controller={controller} aria-label={many ? 'Resend to the selected addresses' : `Resend the verification e-mail to ${emails[0] ?? ''}`}>
      <div className="flex flex-wrap items-center gap-2">
        {many ? (
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            tone="primary"
            trigger={
              <Button variant="secondary" size="sm" disabled={disabled || controller.pending}>
                {controller.pending ? 'Sending…' : text}
              </Button>
            }
            title={`Send the verification e-mail again to ${plural(emails.length, 'address', 'addresses')}?`}
            description={<p>Each owner gets the e-mail again with their original key. Addresses that are no longer pending are refused by Joker.com and get nothing.</p>}
            confirmLabel="Send"
            onConfirm={() => controller.submit()}
          />
        ) : (
          <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Sending…" disabled={disabled}>
            {text}
          </SubmitButton>
        )}
        {!permission.allowed ? <span className="text-xs text-zinc-500">{permission.reason}</span> : null}
      </div>
      {controller.data ? <ResendOutcomes outcomes={controller.data.outcomes} /> : null}
    </ActionForm>
  );
}
