'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { ActionForm, SubmitButton, useActionForm } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { setAccountAutorenewAction } from '@/app/(panel)/account/actions';
import type { Permission } from '@/lib/auth/roles';
import { setAccountAutorenewSchema, type SetAccountAutorenewInput } from '@/lib/schemas/account';

/** The account-wide autorenew default; user-set-property answers at once, then the page reads it back. */
export function AccountAutorenew({ on, change }: { on: boolean; change: Permission }) {
  const router = useRouter();
  const controller = useActionForm<SetAccountAutorenewInput, { on: boolean }>({
    schema: setAccountAutorenewSchema,
    action: setAccountAutorenewAction,
    defaultValues: { on: !on },
    successMessage: (d) => `New registrations and transfers now default to autorenew ${d.on ? 'on' : 'off'}.`,
    onSuccess: () => router.refresh(),
  });
  const { reset } = controller.form;
  useEffect(() => reset({ on: !on }), [reset, on]);
  return (
    <ActionForm controller={controller} aria-label="Autorenew default">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-zinc-500">Autorenew default</span>
        <Badge tone={on ? 'success' : 'neutral'}>{on ? 'On' : 'Off'}</Badge>
        <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Saving…" disabled={!change.allowed}>
          {on ? 'Turn the default off' : 'Turn the default on'}
        </SubmitButton>
      </div>
      <p className="text-xs text-zinc-500">
        {change.allowed
          ? 'Applies to registrations and transfers that do not choose autorenew themselves; existing domains keep their own setting.'
          : change.reason}
      </p>
    </ActionForm>
  );
}
