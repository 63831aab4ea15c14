'use client';

import { useState } from 'react';
import { ActionForm, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { restoreDomainAction } from '@/app/(panel)/domains/[domain]/order-actions';
import type { Permission } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/format';
import { roundCents as roundMoney } from '@/lib/lifecycle/offer';
import { restoreFormSchema, type RestoreFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

export interface RestoreFormProps {
  domain: string;
  display: string;
  price: { total: number; currency: string; premium: boolean } | undefined;
  balance?: { available: number; currency: string };
  order: Permission;
}

/** Restore a domain in redemption (domain-redeem) at its restore price, the balance after shown first. */
export function RestoreForm({ domain, display, price, balance, order }: RestoreFormProps) {
  const { setSent, line } = useSent(domain);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<RestoreFormInput, { procId: string }>({
    schema: restoreFormSchema,
    action: restoreDomainAction,
    defaultValues: { domain },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `Restore ${display}` }),
  });
  if (!price) return <p className="text-sm">No restore price is known for this domain: ask Joker.com.</p>;
  const after = balance ? roundMoney(balance.available - price.total) : undefined;
  return (
    <ActionForm controller={controller} aria-label={`Restore ${display}`} showSuccess={false}>
      <p className="text-sm">
        {display} was deleted and is in redemption: it can be restored to this account for {formatMoney(price.total, price.currency)}
        {after !== undefined ? ` (balance after: ${formatMoney(after, price.currency)})` : ''}.
      </p>
      {after !== undefined && after < 0 ? <p className="text-sm text-rose-700 dark:text-rose-400">The balance is too low: top up at Joker.com first.</p> : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={<Button size="sm" disabled={!order.allowed || controller.pending || (after !== undefined && after < 0)}>{controller.pending ? 'Sending…' : 'Restore…'}</Button>}
        title={`Restore ${display}?`}
        description={<p>Restoring costs {formatMoney(price.total, price.currency)}{price.premium ? ' (premium price, sent as max-price)' : ''}.</p>}
        confirmLabel="Restore"
        onConfirm={() => {
          controller.form.setValue('confirmedTotal', price.total);
          return controller.submit();
        }}
      />
      <PermissionReason permission={order} />
      {line}
    </ActionForm>
  );
}
