'use client';

import Link from '@/components/ui/link';
import { acceptInvitationAction } from '@/app/(public)/invite/[token]/actions';
import { ActionForm, SubmitButton, useActionForm } from '@/components/form';
import type { AcceptOutcome } from '@/lib/grants/accept';
import { type AcceptInvitationInput, acceptInvitationSchema, isGrantRole, ROLE_INFO } from '@/lib/schemas/grants';

/**
 * The landing page's Accept (the signed-in invitee's own account): on success, the new access in words and the way
 * to the domain in My domains.
 */
export function AcceptInvitation({ token, display }: { token: string; display: string }) {
  const controller = useActionForm<AcceptInvitationInput, AcceptOutcome>({
    schema: acceptInvitationSchema,
    action: acceptInvitationAction,
    defaultValues: { token },
    successMessage: (d) => `You now hold ${d.role} on ${display}.`,
  });
  const done = controller.data;
  if (done) {
    const meaning = isGrantRole(done.role) ? ROLE_INFO[done.role].meaning : '';
    return (
      <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
        <p className="font-medium">
          Accepted: you now hold {done.role} on {display}
          {meaning ? ` and ${meaning}` : ''}.
        </p>
        {done.withdrawn ? null : <p>The key in the invitation e-mail is no longer needed.</p>}
        <p>
          <Link href="/my-domains" className="text-sky-800 underline dark:text-sky-300">
            Go to My domains
          </Link>
        </p>
      </div>
    );
  }
  return (
    <ActionForm controller={controller} aria-label={`Accept the invitation to ${display}`}>
      <input type="hidden" {...controller.form.register('token')} />
      <SubmitButton pending={controller.pending}>Accept the invitation</SubmitButton>
    </ActionForm>
  );
}
