'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { revokeGrantAction } from '@/app/(panel)/grants/actions';
import { ActionForm, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { Permission } from '@/lib/auth/roles';
import type { GrantEntry } from '@/lib/grants/view';
import { type RevokeGrantInput, revokeGrantSchema } from '@/lib/schemas/grants';

/**
 * Revoke one grant or withdraw one invitation (grants-revoke), after a confirmation that says what the person loses.
 * `onDone` gets the sentence to show once Joker accepted it (and an empty one when the next revoke is confirmed): the
 * page then reads the grants again and this row goes, so the sentence is shown by the table (a status line of the
 * row's own would vanish with the row).
 */
export function RevokeButton({ entry, change, onDone }: { entry: GrantEntry; change: Permission; onDone: (message: string) => void }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const done = entry.type === 'grant' ? `${entry.person} no longer holds ${entry.role} on ${entry.display}.` : `The invitation of ${entry.person} to ${entry.role} on ${entry.display} is withdrawn.`;
  const controller = useActionForm<RevokeGrantInput, { type: string }>({
    schema: revokeGrantSchema,
    action: revokeGrantAction,
    defaultValues: { domain: entry.domain, role: entry.role as RevokeGrantInput['role'], scope: entry.scope, type: entry.type },
    // Said by the table (onDone), not by this row's own status line.
    successMessage: '',
    onSuccess: () => {
      onDone(done);
      router.refresh();
    },
  });
  const verb = entry.type === 'grant' ? 'Revoke' : 'Withdraw';
  const what = `${entry.role} of ${entry.person} on ${entry.display}`;
  return (
    <ActionForm controller={controller} aria-label={`${verb} ${what}`} className="gap-1">
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button size="sm" variant="ghost" disabled={!change.allowed || controller.pending} title={change.allowed ? undefined : change.reason} aria-label={`${verb} ${what}`}>
            {controller.pending ? 'Sending…' : verb}
          </Button>
        }
        title={`${verb} ${what}?`}
        description={
          entry.type === 'grant' ? (
            <p>
              {entry.person} loses the role {entry.role} on {entry.display} at once. Joker.com tells them by e-mail. To give it back, invite them again.
            </p>
          ) : (
            <p>
              The invitation e-mail’s key and the panel link stop working at once. Joker.com tells {entry.person} by e-mail.
            </p>
          )
        }
        confirmLabel={verb}
        onConfirm={() => {
          // The sentence of an earlier revoke does not stand above this one's outcome.
          onDone('');
          return controller.submit();
        }}
      />
    </ActionForm>
  );
}
