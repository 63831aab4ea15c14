'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useState, useTransition } from 'react';
import { FailureNotice } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { GuardedButton } from '@/components/ui/guarded-button';
import type { ActionResult } from '@/lib/actions/result';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';

export interface DeleteObjectProps {
  /** The object's name as typed to confirm (a handle, a host name). */
  name: string;
  /** "contact", "host". */
  kind: string;
  /** What deleting means, in words, for the dialog. */
  consequence: ReactNode;
  action: () => Promise<ActionResult<{ procId: string | null }>>;
  /** Where to go once Joker.com confirmed the deletion. */
  afterHref: string;
  permission: Permission;
}

/**
 * Delete one contact or host: typed confirmation (it cannot be undone), the request's Proc-ID followed to Joker's
 * answer, a refusal (still in use) in words beside the button; the list opens once the object is gone.
 */
export function DeleteObject({ name, kind, consequence, action, afterHref, permission }: DeleteObjectProps) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [procId, setProcId] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!permission.allowed) {
    return (
      <GuardedButton variant="danger" size="sm" permission={permission}>
        Delete {kind}…
      </GuardedButton>
    );
  }
  const run = () =>
    startTransition(async () => {
      setFailure(null);
      let result: ActionResult<{ procId: string | null }>;
      try {
        result = await action();
      } catch {
        result = { ok: false, code: 'failed', error: 'The panel could not complete this request; try again.' };
      }
      if (!result.ok) return setFailure(result);
      if (result.data.procId) setProcId(result.data.procId);
      else router.push(afterHref);
    });
  return (
    <div className="flex flex-col gap-2">
      <ConfirmDialog
        trigger={
          <Button variant="danger" size="sm" className="self-start" disabled={pending}>
            {pending ? 'Deleting…' : `Delete ${kind}…`}
          </Button>
        }
        title={`Delete ${name}?`}
        description={consequence}
        confirmLabel={`Delete ${kind}`}
        typedConfirmation={name}
        onConfirm={run}
      />
      {failure ? <FailureNotice failure={failure} /> : null}
      {procId ? (
        <QueuedResult
          procId={procId}
          label={`Delete ${name}`}
          onSettled={(outcome) => {
            if (outcome.status === 'ack') router.push(afterHref);
          }}
        />
      ) : null}
    </div>
  );
}
