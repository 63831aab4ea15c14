'use client';

import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ROLE_LABELS, STAFF_ROLES } from '@/lib/auth/roles';
import {
  memberRoleSchema,
  memberSchema,
  registerMemberSchema,
  type MemberInput,
  type MemberRoleInput,
  type RegisterMemberInput,
} from '@/lib/schemas/team';
import { assignRoleAction, registerMemberAction, restoreMemberAction, revokeMemberAction } from './actions';

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function RegisterMemberForm() {
  const controller = useActionForm<RegisterMemberInput, { name: string }>({
    schema: registerMemberSchema,
    action: registerMemberAction,
    defaultValues: { name: '', role: 'support', apiKey: '' },
    successMessage: (d) => `Registered ${d.name}.`,
    // The key is checked and stored; it is not kept in the form once registered.
    onSuccess: () => controller.form.reset({ name: '', role: 'support', apiKey: '' }),
  });
  return (
    <ActionForm controller={controller} aria-labelledby="register-heading" className="max-w-xl rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id="register-heading" className="font-medium">
        Register a staff member
      </h3>
      <TextField name="name" label="Name" autoComplete="off" />
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} />
      <TextField name="apiKey" label="API key" type="password" autoComplete="off" description="The key made for them at Joker.com; the panel checks it with a DMAPI login." />
      <SubmitButton pending={controller.pending} pendingLabel="Checking the key…">
        Register
      </SubmitButton>
    </ActionForm>
  );
}

function RoleForm({ id, name, role }: { id: number; name: string; role: string }) {
  const controller = useActionForm<MemberRoleInput, null>({
    schema: memberRoleSchema,
    action: assignRoleAction,
    defaultValues: { id, role: role as MemberRoleInput['role'] },
    successMessage: 'Saved.',
  });
  return (
    <ActionForm controller={controller} aria-label={`Change the role of ${name}`} className="flex-row flex-wrap items-end gap-2">
      <SelectField name="role" label={<span className="sr-only">Role of {name}</span>} options={ROLE_OPTIONS} />
      <SubmitButton size="sm" variant="secondary" pending={controller.pending} aria-label={`Save role of ${name}`}>
        Save
      </SubmitButton>
    </ActionForm>
  );
}

/** Revoke ends the member's panel and DMAPI sessions at once and cancels their bulk jobs: it asks first. */
function StatusForm({ id, name, revoked }: { id: number; name: string; revoked: boolean }) {
  const controller = useActionForm<MemberInput, unknown>({
    schema: memberSchema,
    action: revoked ? restoreMemberAction : revokeMemberAction,
    defaultValues: { id },
    successMessage: revoked ? `Restored ${name}: the key may sign in again.` : `Revoked ${name}: their sessions ended.`,
  });
  return (
    <ActionForm controller={controller} aria-label={`${revoked ? 'Restore' : 'Revoke'} ${name}`}>
      {revoked ? (
        <SubmitButton size="sm" variant="secondary" pending={controller.pending} aria-label={`Restore ${name}`}>
          Restore
        </SubmitButton>
      ) : (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="danger" disabled={controller.pending} aria-label={`Revoke ${name}`}>
              Revoke
            </Button>
          }
          title={`Revoke ${name}?`}
          description={
            <>
              <p>Their panel sessions and their DMAPI sessions end at once, and their running bulk jobs are cancelled.</p>
              <p>The key itself stays valid at Joker.com; delete it there too if it should not be used again.</p>
            </>
          }
          confirmLabel="Revoke"
          onConfirm={() => controller.submit()}
        />
      )}
    </ActionForm>
  );
}

export function MemberControls({ id, name, role, revoked }: { id: number; name: string; role: string; revoked: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <RoleForm id={id} name={name} role={role} />
      <StatusForm id={id} name={name} revoked={revoked} />
    </div>
  );
}
