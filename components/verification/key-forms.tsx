'use client';

import Link from '@/components/ui/link';
import { useState } from 'react';
import { ActionForm, SelectField, SubmitButton, TextAreaField, TextField, useActionForm } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { lookupVerificationKeyAction, recordVerificationAnswerAction } from '@/app/(panel)/verification/actions';
import type { Permission } from '@/lib/auth/roles';
import { lookupKeySchema, recordAnswerSchema, type LookupKeyInput, type RecordAnswerInput } from '@/lib/schemas/verification';
import type { KeyLookup, RecordedAnswer } from '@/lib/verification/staff';

const emailHref = (email: string) => `/verification/email/${encodeURIComponent(email)}`;
const TONES = { pending: 'info', verified: 'success', invalid: 'danger', other: 'neutral' } as const;

/** What a key stands for (wa-email-details): e-mail, domains and state. */
export function KeyLookupForm() {
  const controller = useActionForm<LookupKeyInput, KeyLookup>({
    schema: lookupKeySchema,
    action: lookupVerificationKeyAction,
    defaultValues: { key: '' },
    successMessage: (d) => `The key belongs to ${d.email}.`,
  });
  const found = controller.data;
  return (
    <ActionForm controller={controller} aria-label="Look a key up" showSuccess={false}>
      <TextField name="key" label="Verification key" description="As the owner reads it from the e-mail." autoComplete="off" spellCheck={false} className="max-w-xl font-mono" />
      <div>
        <SubmitButton variant="secondary" pending={controller.pending} pendingLabel="Looking up…">
          Look up
        </SubmitButton>
      </div>
      {found ? (
        <div role="group" aria-label="Key look-up result" className="space-y-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={TONES[found.status]}>{found.statusWords}</Badge>
          </p>
          <p>
            Owner e-mail:{' '}
            <Link href={emailHref(found.email)} className="text-sky-700 hover:underline dark:text-sky-400">
              {found.email}
            </Link>
          </p>
          <p>Domains: {found.domains.join(', ') || '—'}</p>
        </div>
      ) : null}
    </ActionForm>
  );
}

/**
 * The owner gives their key and answer by phone: recorded at Joker.com in their name (wa-email-verify), with who did it
 * and why. It cannot be undone, so it asks first.
 */
export function RecordAnswerForm({ permission }: { permission: Permission }) {
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<RecordAnswerInput, RecordedAnswer>({
    schema: recordAnswerSchema,
    action: recordVerificationAnswerAction,
    defaultValues: { key: '', answer: 'yes', reason: '' },
    successMessage: (d) => (d.answer === 'yes' ? `Recorded: ${d.email} is verified.` : `Recorded: ${d.email} is marked invalid.`),
    onSuccess: () => controller.form.reset({ key: '', answer: 'yes', reason: '' }),
  });
  const answer = controller.form.watch('answer');
  const open = async () => {
    if (await controller.form.trigger()) setConfirming(true);
  };
  return (
    <ActionForm controller={controller} aria-label="Record an owner's answer">
      <TextField name="key" label="Verification key" autoComplete="off" spellCheck={false} className="max-w-xl font-mono" disabled={!permission.allowed} />
      <SelectField
        name="answer"
        label="The owner’s answer"
        options={[
          { value: 'yes', label: 'Yes: the address is correct and theirs' },
          { value: 'no', label: 'No: the address is not correct' },
        ]}
        className="max-w-xl"
        disabled={!permission.allowed}
      />
      <TextAreaField
        name="reason"
        label="Who gave the answer, and how"
        description="E.g. “Owner Jane Roe called on +49 …, identified by customer number; read the key from the e-mail.” Kept in the address’s history with your name."
        rows={3}
        className="max-w-xl"
        disabled={!permission.allowed}
      />
      <div className="flex flex-wrap items-center gap-2">
        <ConfirmDialog
          open={confirming}
          onOpenChange={(next) => (next ? void open() : setConfirming(false))}
          tone={answer === 'no' ? 'danger' : 'primary'}
          trigger={
            <Button disabled={!permission.allowed || controller.pending}>{controller.pending ? 'Recording…' : 'Record the answer'}</Button>
          }
          title={answer === 'no' ? 'Record “no” in the owner’s name?' : 'Record “yes” in the owner’s name?'}
          description={
            answer === 'no' ? (
              <p>The address becomes invalid at Joker.com and its domains may be deactivated until the owner e-mail is corrected. This cannot be undone.</p>
            ) : (
              <p>The address becomes verified at Joker.com, as if the owner had clicked the link. This cannot be undone.</p>
            )
          }
          confirmLabel={answer === 'no' ? 'Record “no”' : 'Record “yes”'}
          onConfirm={() => controller.submit()}
        />
        {!permission.allowed ? <span className="text-xs text-zinc-500">{permission.reason}</span> : null}
      </div>
    </ActionForm>
  );
}
