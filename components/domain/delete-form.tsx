'use client';

import { useState } from 'react';
import { ActionForm, CheckboxField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteDomainAction } from '@/app/(panel)/domains/[domain]/delete-actions';
import type { Permission } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import type { DeleteRule } from '@/lib/lifecycle/delete-rule';
import { deleteFormSchema, type DeleteFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

/** Delete, with the 72-hour refund rule in words, force required after it, and the name typed to confirm. */
export function DeleteForm({ domain, display, rule, change }: { domain: string; display: string; rule: DeleteRule; change: Permission }) {
  const { setSent, line } = useSent(domain);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<DeleteFormInput, { procId: string; refund: boolean }>({
    schema: deleteFormSchema,
    action: deleteDomainAction,
    defaultValues: { domain, force: false },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `Delete ${display}` }),
  });
  const force = controller.form.watch('force');
  const blocked = rule.needsForce && !force;
  return (
    <ActionForm controller={controller} aria-label={`Delete ${display}`} showSuccess={false}>
      {rule.withinWindow ? (
        <p className="text-sm">
          Registered less than 72 hours ago{rule.windowEndsAt ? ` (until ${formatDateTime(rule.windowEndsAt)})` : ''}:{' '}
          {rule.refund ? 'the registration fee is refunded (Joker.com limits refunded deletions per month).' : 'this TLD gets no refund.'}
        </p>
      ) : (
        <>
          <p className="text-sm">Registered more than 72 hours ago: deleting needs force and nothing is refunded. The domain then stays restorable for a while (redemption, at the restore price).</p>
          <CheckboxField name="force" label="Delete without refund (force)" />
        </>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        trigger={
          <Button variant="danger" size="sm" disabled={!change.allowed || controller.pending || blocked}>
            {controller.pending ? 'Sending…' : 'Delete domain…'}
          </Button>
        }
        title={`Delete ${display}?`}
        description={
          <>
            <p>The domain leaves this account{rule.refund ? ' and the fee is refunded' : ', without refund'}. Its name servers, zone and contacts assignment go with it.</p>
            <p>Type the domain name to confirm.</p>
          </>
        }
        typedConfirmation={display}
        confirmLabel="Delete"
        onConfirm={() => controller.submit()}
      />
      <PermissionReason permission={change} />
      {line}
    </ActionForm>
  );
}
