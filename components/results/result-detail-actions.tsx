'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionForm, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { revealAuthIdAction } from '@/app/(panel)/results/actions';
import type { Permission } from '@/lib/auth/roles';
import { MASK } from '@/lib/results/types';
import { revealAuthIdSchema, type RevealAuthIdInput } from '@/lib/schemas/results';
import { DeleteReplies } from './delete-replies';

/**
 * The masked auth-id of a domain-transfer-get-auth-id reply with its reveal: the server sends it only on this
 * request, to a user allowed to see it, and writes the reveal to the audit log. Hidden again on demand; copied with
 * the clipboard button.
 */
export function AuthIdReveal({ procId, permission }: { procId: string; permission: Permission }) {
  const [shown, setShown] = useState<string>();
  const [copied, setCopied] = useState(false);
  const controller = useActionForm<RevealAuthIdInput, { authId: string }>({
    schema: revealAuthIdSchema,
    action: revealAuthIdAction,
    defaultValues: { procId },
    successMessage: 'The auth-id is shown. Its reveal was written to the audit log.',
    onSuccess: (d) => setShown(d.authId),
  });
  return (
    <ActionForm controller={controller} aria-label="Auth-ID" className="gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-sm dark:bg-zinc-800" aria-label={shown ? 'Auth-ID' : 'Auth-ID, hidden'} data-testid="auth-id">
          {shown ?? MASK}
        </code>
        {shown ? (
          <>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(shown).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => (setShown(undefined), setCopied(false))}>
              Hide
            </Button>
          </>
        ) : (
          <Button type="submit" size="sm" variant="secondary" disabled={!permission.allowed || controller.pending}>
            {controller.pending ? 'Revealing…' : 'Reveal auth-id'}
          </Button>
        )}
      </div>
      {permission.allowed ? (
        <p className="text-xs text-zinc-500">Whoever holds the auth-id can transfer the domain away. Each reveal is written to the audit log.</p>
      ) : (
        <p className="text-xs text-zinc-500">{permission.reason}</p>
      )}
    </ActionForm>
  );
}

/** Delete this reply, then back to the inbox. */
export function DeleteThisReply({ procId, permission }: { procId: string; permission: Permission }) {
  const router = useRouter();
  return <DeleteReplies procIds={[procId]} permission={permission} label="Delete reply" onDone={() => router.push('/results')} />;
}
