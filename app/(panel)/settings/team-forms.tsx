'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FormError } from '@/components/ui/field-error';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { ActionResult } from '@/lib/actions/result';
import { ROLE_LABELS, STAFF_ROLES } from '@/lib/auth/roles';
import { assignRoleAction, registerMemberAction, restoreMemberAction, revokeMemberAction } from './actions';

const selectClass = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

export function RegisterMemberForm() {
  const [state, formAction, pending] = useActionState(
    (_previous: ActionResult<{ name: string }> | null, form: FormData) => registerMemberAction(form),
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="grid max-w-xl gap-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-800" aria-labelledby="register-heading">
      <h3 id="register-heading" className="font-medium">
        Register a staff member
      </h3>
      {state && !state.ok ? <FormError message={state.error} details={state.dmapiErrors} /> : null}
      {state?.ok ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">Registered {state.data.name}.</p> : null}
      <div>
        <Label htmlFor="member-name">Name</Label>
        <Input id="member-name" name="name" defaultValue={values?.name} key={values?.name} aria-invalid={!!errors?.name} aria-describedby="member-name-error" />
        <FieldError id="member-name-error" messages={errors?.name} />
      </div>
      <div>
        <Label htmlFor="member-role">Role</Label>
        <select id="member-role" name="role" defaultValue={values?.role ?? 'support'} className={selectClass}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Label htmlFor="member-key">API key</Label>
        <Input id="member-key" name="apiKey" type="password" autoComplete="off" aria-invalid={!!errors?.apiKey} aria-describedby="member-key-error" />
        <FieldError id="member-key-error" messages={errors?.apiKey} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Checking the key…' : 'Register'}
      </Button>
    </form>
  );
}

export function MemberControls({ id, name, role, revoked }: { id: number; name: string; role: string; revoked: boolean }) {
  const [selected, setSelected] = useState(role);
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  async function run(work: () => Promise<ActionResult<unknown>>) {
    setPending(true);
    const result = await work();
    setPending(false);
    setMessage(result.ok ? 'Saved.' : result.error);
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        Role of {name}
      </label>
      <select id={`role-${id}`} value={selected} onChange={(e) => setSelected(e.target.value)} className={selectClass}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => assignRoleAction({ id, role: selected as (typeof STAFF_ROLES)[number] }))} aria-label={`Save role of ${name}`}>
        Save
      </Button>
      {revoked ? (
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => restoreMemberAction({ id }))} aria-label={`Restore ${name}`}>
          Restore
        </Button>
      ) : (
        <Button size="sm" variant="danger" disabled={pending} onClick={() => run(() => revokeMemberAction({ id }))} aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      )}
      {message ? <span role="status" className="text-xs">{message}</span> : null}
    </div>
  );
}
