'use client';

import { useEffect } from 'react';
import { ActionForm, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteResultsAction } from '@/app/(panel)/results/actions';
import type { Permission } from '@/lib/auth/roles';
import { plural } from '@/lib/format';
import { deleteResultsSchema, type DeleteResultsInput } from '@/lib/schemas/results';

export interface DeleteOutcome {
  deleted: string[];
  failed: { procId: string; error: string }[];
}

/**
 * Delete the stored replies of one or more finished requests (result-delete). Asks first; for more than one, the
 * word "delete" must be typed. Joker keeps the status, so the rows come back with "Include deleted replies".
 */
export function DeleteReplies({
  procIds,
  permission,
  onDone,
  label,
}: {
  procIds: string[];
  permission: Permission;
  onDone: (outcome: DeleteOutcome) => void;
  /** The button's text, e.g. "Delete reply" or "Delete 3 selected replies". */
  label: string;
}) {
  const controller = useActionForm<DeleteResultsInput, DeleteOutcome>({
    schema: deleteResultsSchema,
    action: deleteResultsAction,
    defaultValues: { procIds },
    successMessage: (d) =>
      `Deleted ${plural(d.deleted.length, 'reply', 'replies')}.${d.failed.length ? ` ${plural(d.failed.length, 'reply', 'replies')} could not be deleted.` : ''}`,
    onSuccess: onDone,
  });
  const { reset } = controller.form;
  const key = procIds.join(',');
  useEffect(() => reset({ procIds: key ? key.split(',') : [] }), [reset, key]);
  const many = procIds.length > 1;
  const disabled = !permission.allowed || procIds.length === 0 || controller.pending;
  return (
    <ActionForm controller={controller} aria-label={label} className="gap-1">
      <ConfirmDialog
        trigger={
          <Button variant="danger" size="sm" disabled={disabled} title={permission.allowed ? undefined : permission.reason}>
            {controller.pending ? 'Deleting…' : label}
          </Button>
        }
        title={many ? `Delete ${procIds.length} replies?` : `Delete the reply of Proc-ID ${procIds[0] ?? ''}?`}
        description={
          <>
            <p>Joker.com forgets what {many ? 'these requests' : 'this request'} answered; the status (ack or nack) stays.</p>
            <p>{many ? 'They' : 'It'} will no longer be listed unless “Include deleted replies” is on. This cannot be undone.</p>
          </>
        }
        confirmLabel={many ? `Delete ${procIds.length} replies` : 'Delete reply'}
        typedConfirmation={many ? 'delete' : undefined}
        onConfirm={() => controller.submit()}
      />
      {permission.allowed ? null : <p className="text-xs text-zinc-500">{permission.reason}</p>}
      {controller.data && controller.data.failed.length > 0 ? (
        <ul className="text-xs text-rose-700 dark:text-rose-400" aria-label="Replies not deleted">
          {controller.data.failed.map((f) => (
            <li key={f.procId}>
              Proc-ID {f.procId}: {f.error}
            </li>
          ))}
        </ul>
      ) : null}
    </ActionForm>
  );
}
