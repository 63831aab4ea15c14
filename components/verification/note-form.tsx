'use client';

import { useRouter } from 'next/navigation';
import { ActionForm, SubmitButton, TextAreaField, useActionForm } from '@/components/form';
import { addVerificationNoteAction } from '@/app/(panel)/verification/actions';
import type { Permission } from '@/lib/auth/roles';
import { addNoteSchema, type AddNoteInput } from '@/lib/schemas/verification';

/** A note on an owner address: kept in the panel, shown in the list and the address's history. */
export function NoteForm({ email, permission }: { email: string; permission: Permission }) {
  const router = useRouter();
  const controller = useActionForm<AddNoteInput, { id: number }>({
    schema: addNoteSchema,
    action: addVerificationNoteAction,
    defaultValues: { email, body: '' },
    successMessage: 'Note saved.',
    onSuccess: () => {
      controller.form.reset({ email, body: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm controller={controller} aria-label={`Add a note on ${email}`}>
      <TextAreaField
        name="body"
        label="New note"
        description="What was agreed with the owner, who to call, why a resend was skipped …"
        rows={3}
        disabled={!permission.allowed}
        className="max-w-xl"
      />
      <div className="flex items-center gap-2">
        <SubmitButton size="sm" pending={controller.pending} pendingLabel="Saving…" disabled={!permission.allowed}>
          Add note
        </SubmitButton>
        {!permission.allowed ? <span className="text-xs text-zinc-500">{permission.reason}</span> : null}
      </div>
    </ActionForm>
  );
}
