'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ActionForm, SubmitButton, useActionForm } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { lockDomainAction, setAutorenewAction } from '@/app/(panel)/domains/[domain]/actions';
import type { Permission } from '@/lib/auth/roles';
import { DomainProperties } from './domain-properties';
import { lockDomainSchema, setAutorenewSchema, type LockDomainInput, type SetAutorenewInput } from '@/lib/schemas/domain-settings';

export interface DomainSettingsProps {
  domain: string;
  /** Unicode form for the words shown to people. */
  display: string;
  locked: boolean;
  autorenew: boolean;
  /** The privacy level in force (none, basic, pro, off). */
  privacy?: string;
  /** whois-opt-out / gdpr-opt-in as set now (undefined: not known). */
  flags?: { 'whois-opt-out': boolean; 'gdpr-opt-in': boolean } | undefined;
  /** actionPermission(session, 'domains', 'change', 'domain-set-property'), computed on the server; the actions check again. */
  change: Permission;
  /** The same for the lock button shown (domain-lock or domain-unlock); `change` when not given. */
  lock?: Permission;
}

function Reason({ permission }: { permission: Permission }) {
  if (permission.allowed) return null;
  return <p className="text-xs text-zinc-500">{permission.reason}</p>;
}

/** Lock / unlock: queued at Joker, followed to ack or nack; unlocking asks first (it allows a transfer away). */
function LockForm({ domain, display, locked, change: settings, lock }: Omit<DomainSettingsProps, 'autorenew'>) {
  const change = lock ?? settings;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<{ procId: string; label: string }>();
  const controller = useActionForm<LockDomainInput, { procId: string | null }>({
    schema: lockDomainSchema,
    action: lockDomainAction,
    defaultValues: { domain, lock: !locked },
    successMessage: (d) => (d.procId ? `Accepted by Joker.com, Proc-ID ${d.procId}.` : 'Done.'),
    onSuccess: (d, values) => {
      if (d.procId) setSent({ procId: d.procId, label: `${values.lock ? 'Lock' : 'Unlock'} ${display}` });
      else router.refresh();
    },
  });
  // After Joker's answer the page refreshes with the new state: the next submit asks for the opposite, and the
  // follower's outcome line stays visible.
  const { reset } = controller.form;
  useEffect(() => reset({ domain, lock: !locked }), [reset, domain, locked]);
  const verb = locked ? 'Unlock' : 'Lock';
  return (
    <ActionForm controller={controller} aria-label={`${verb} ${display}`} showSuccess={false}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="w-28 text-sm text-zinc-500">Transfer lock</span>
        <Badge tone={locked ? 'success' : 'warning'}>{locked ? 'Locked' : 'Unlocked'}</Badge>
        {locked ? (
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={
              <Button variant="secondary" size="sm" disabled={!change.allowed || controller.pending}>
                {controller.pending ? 'Sending…' : 'Unlock'}
              </Button>
            }
            title={`Unlock ${display}?`}
            description={
              <>
                <p>An unlocked domain can be transferred to another registrar by whoever holds its auth-id.</p>
                <p>Unlock only right before a transfer away, and lock it again if the transfer does not happen.</p>
              </>
            }
            confirmLabel="Unlock"
            onConfirm={() => controller.submit()}
          />
        ) : (
          <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Sending…" disabled={!change.allowed}>
            Lock
          </SubmitButton>
        )}
      </div>
      <Reason permission={change} />
      {sent ? <QueuedResult key={sent.procId} procId={sent.procId} label={sent.label} onSettled={() => router.refresh()} /> : null}
    </ActionForm>
  );
}

/** Autorenew on/off: domain-set-property answers at once. */
function AutorenewForm({ domain, display, autorenew, change }: Omit<DomainSettingsProps, 'locked'>) {
  const router = useRouter();
  const controller = useActionForm<SetAutorenewInput, { on: boolean }>({
    schema: setAutorenewSchema,
    action: setAutorenewAction,
    defaultValues: { domain, on: !autorenew },
    successMessage: (d) => `Autorenew is now ${d.on ? 'on' : 'off'} for ${display}.`,
    onSuccess: () => router.refresh(),
  });
  const { reset } = controller.form;
  useEffect(() => reset({ domain, on: !autorenew }), [reset, domain, autorenew]);
  return (
    <ActionForm controller={controller} aria-label={`Autorenew of ${display}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="w-28 text-sm text-zinc-500">Autorenew</span>
        <Badge tone={autorenew ? 'success' : 'neutral'}>{autorenew ? 'On' : 'Off'}</Badge>
        <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Saving…" disabled={!change.allowed}>
          {autorenew ? 'Turn autorenew off' : 'Turn autorenew on'}
        </SubmitButton>
      </div>
      <Reason permission={change} />
    </ActionForm>
  );
}

/** The domain page's settings built only from the kit: the template the next single-domain actions copy. */
export function DomainSettings(props: DomainSettingsProps) {
  return (
    <div className="space-y-3">
      <LockForm {...props} />
      <AutorenewForm {...props} />
      <DomainProperties domain={props.domain} display={props.display} privacy={props.privacy ?? 'none'} flags={props.flags} change={props.change} />
    </div>
  );
}
