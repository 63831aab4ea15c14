'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { type InviteResult, inviteGrantAction } from '@/app/(panel)/grants/actions';
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { Permission } from '@/lib/auth/roles';
import { GRANT_ROLES, type InviteGrantInput, inviteGrantSchema, ROLE_INFO, roleSentence } from '@/lib/schemas/grants';
import { CopyLink } from './copy-link';

const ROLE_OPTIONS = GRANT_ROLES.map((r) => ({ value: r, label: `${r} — ${ROLE_INFO[r].label}` }));

/** The role's meaning under the select, updated as the choice changes. */
function RoleMeaning({ control }: { control: Control<InviteGrantInput> }) {
  const role = useWatch({ control, name: 'role' }) as InviteGrantInput['role'];
  return (
    <p className={role === '@creator' ? 'rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100' : 'text-xs text-zinc-600 dark:text-zinc-400'}>
      {roleSentence(role ?? '@tech')}.{role === '@creator' ? ' You will be asked to type the domain name to confirm.' : ''}
    </p>
  );
}

/**
 * Invite someone to a role on one domain (grants-invite). Joker.com mails the invitation with its key; the panel adds
 * a landing link of its own, shown here to copy. With a Joker.com user id the role applies at once. @creator hands
 * the domain over and asks for the domain name typed first.
 */
export function InviteForm({ domain, display, change }: { domain: string; display: string; change: Permission }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<{ email: string; result: InviteResult } | null>(null);
  const controller = useActionForm<InviteGrantInput, InviteResult>({
    schema: inviteGrantSchema,
    action: inviteGrantAction,
    defaultValues: { domain, email: '', role: '@tech', nickName: '', clientUid: '', confirmation: '' },
    successMessage: (d) =>
      d.applied ? (d.handedOver ? `${display} was handed over.` : 'The role applies at once.') : 'Invitation sent: Joker.com mails it with its key.',
    onSuccess: (result, values) => {
      setSent({ email: values.email, result });
      controller.form.reset({ domain, email: '', role: values.role === '@creator' ? '@tech' : values.role, nickName: '', clientUid: '', confirmation: '' });
      router.refresh();
    },
  });
  const { form } = controller;
  // @creator goes through the typed confirmation first (Enter in a field included); the dialog then submits.
  const guarded = {
    ...controller,
    submit: async (event?: React.BaseSyntheticEvent) => {
      if (form.getValues('role') !== '@creator') return controller.submit(event);
      event?.preventDefault();
      setConfirming(true);
    },
  };
  return (
    <div className="space-y-3">
      <ActionForm controller={guarded} aria-label={`Invite someone to a role on ${display}`} showSuccess={false}>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="email" label="E-mail address" type="email" autoComplete="off" disabled={!change.allowed} description="Joker.com sends the invitation with its key here." />
            <div className="flex flex-col gap-1">
              <SelectField name="role" label="Role" options={ROLE_OPTIONS} disabled={!change.allowed} />
              <RoleMeaning control={form.control} />
            </div>
            <TextField name="nickName" label="Nick-name" hint="optional" disabled={!change.allowed} description="For your own overview; defaults to the e-mail address." />
            <TextField
              name="clientUid"
              label="Joker.com user id"
              hint="optional"
              inputMode="numeric"
              disabled={!change.allowed}
              description="When it belongs to this address, the role applies at once without an invitation."
            />
          </div>
          <div className="flex items-center gap-3">
            <SubmitButton pending={controller.pending} pendingLabel="Sending…" disabled={!change.allowed}>
              Invite
            </SubmitButton>
            {!change.allowed ? <span className="text-xs text-zinc-500">{change.reason}</span> : null}
          </div>
      </ActionForm>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        trigger={<Button className="hidden" tabIndex={-1} aria-hidden />}
        title={`Hand ${display} over?`}
        description={
          <>
            <p>
              @creator moves {display} into the Joker.com account of {form.getValues('email') || 'the invitee'} with every right on it, as an internal
              transfer. It leaves your portfolio once they accept (at once with a Joker.com user id).
            </p>
            <p>This cannot be undone from this panel.</p>
          </>
        }
        confirmLabel="Hand over"
        typedConfirmation={display}
        onConfirm={() => {
          form.setValue('confirmation', domain);
          void controller.submit();
        }}
      />
      {sent ? <InviteOutcome email={sent.email} display={display} result={sent.result} /> : null}
    </div>
  );
}

function InviteOutcome({ email, display, result }: { email: string; display: string; result: InviteResult }) {
  if (result.applied) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
        {result.handedOver ? `${display} now belongs to the Joker.com account of ${email}.` : `${email} holds the role on ${display} now.`}
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1.5 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p>
        Invitation sent to {email}. Joker.com mails it with its key; pass this panel link on as well, where {email} can sign in and accept it.
      </p>
      <CopyLink link={result.link} label={`panel link for ${email}`} />
      {!result.scopeKnown ? <p className="text-xs">Joker.com has not listed the invitation yet; the list below shows it once it does.</p> : null}
    </div>
  );
}
