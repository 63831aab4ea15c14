'use client';

import { useState } from 'react';
import { ActionForm, FailureNotice, useActionForm } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { requestAuthIdAction, revealAuthIdAction } from '@/app/(panel)/domains/[domain]/auth-id-actions';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure';
import { domainOnlyFormSchema, type DomainOnlyFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';

/**
 * Request the auth-id (queued); when Joker acknowledges, the id is read from that request's result and shown here
 * only, with a copy button. It is kept in this component's state, never in a URL, log or the audit log.
 */
export function AuthIdSection({ domain, display, change }: { domain: string; display: string; change: Permission }) {
  const [procId, setProcId] = useState<string>();
  const [authId, setAuthId] = useState<string>();
  const [readFailure, setReadFailure] = useState<Failure | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<DomainOnlyFormInput, { procId: string }>({
    schema: domainOnlyFormSchema,
    action: requestAuthIdAction,
    defaultValues: { domain },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => {
      setAuthId(undefined);
      setReadFailure(null);
      setProcId(d.procId);
    },
  });
  const reveal = async (id: string) => {
    const result = await revealAuthIdAction({ domain, procId: id });
    if (result.ok) setAuthId(result.data.authId);
    else setReadFailure(result);
  };
  return (
    <ActionForm controller={controller} aria-label={`Auth-ID of ${display}`} showSuccess={false}>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The auth-id lets another registrar take the domain over. Each request makes a new one and invalidates the previous one.
      </p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={
          <Button variant="secondary" size="sm" disabled={!change.allowed || controller.pending}>
            {controller.pending ? 'Sending…' : 'Request auth-id'}
          </Button>
        }
        title={`Request a new auth-id for ${display}?`}
        description={<p>Any auth-id given out before stops working. A transfer already started with the old one will fail.</p>}
        confirmLabel="Request auth-id"
        onConfirm={() => controller.submit()}
      />
      <PermissionReason permission={change} />
      {procId ? (
        <QueuedResult key={procId} procId={procId} label={`Auth-ID of ${display}`} onSettled={(o) => (o.status === 'ack' ? void reveal(procId) : undefined)} />
      ) : null}
      {authId ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="auth-id-value" className="text-sm text-zinc-500">
            Auth-ID
          </label>
          <input id="auth-id-value" readOnly value={authId} className="rounded border border-zinc-300 px-2 py-1 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950" />
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => void navigator.clipboard.writeText(authId).then(() => setCopied(true), () => setCopied(false))}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        </div>
      ) : null}
      {readFailure ? <FailureNotice failure={readFailure} /> : null}
    </ActionForm>
  );
}
