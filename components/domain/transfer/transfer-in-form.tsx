'use client';

import { useState } from 'react';
import { ActionForm, CheckboxField, SelectField, TextAreaField, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { transferInAction } from '@/app/(panel)/transfers/actions';
import type { Permission } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/format';
import { offerPrice, offersPrivacy, roundCents } from '@/lib/lifecycle/offer';
import { transferInSchema, type TransferInInput } from '@/lib/schemas/transfer';
import { useSent } from '../queued-line';
import { PermissionReason } from '../permission-reason';
import { HandleFields } from '../order/handle-fields';
import { NameCheckView } from '../order/name-check-view';
import { useNameCheck } from '../order/use-name-check';

export const TRANSFER_DEFAULTS = { ownerC: '', adminC: '', techC: '', billingC: '', nsMode: 'keep', nsText: '', privacy: 'none', autorenew: false, lock: true } as const;

/** The documented pre-conditions of a transfer in (DMAPI documentation, domain-transfer-in-reseller). */
export function TransferPreconditions() {
  return (
    <ul className="list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">
      <li>The domain is unlocked at the losing registrar and you have its auth-id.</li>
      <li>It was registered or last transferred more than 60 days ago.</li>
      <li>It is not under a UDRP dispute.</li>
      <li>It has at least 7 days left before expiry.</li>
    </ul>
  );
}

export function TransferNameservers() {
  return (
    <>
      <SelectField name="nsMode" label="Name servers" options={[{ value: 'keep', label: 'Keep the current ones' }, { value: 'joker', label: "Joker.com's" }, { value: 'own', label: 'My own' }]} />
      <TextAreaField name="nsText" label="Own name servers, one per line (with “My own”)" rows={2} spellCheck={false} />
    </>
  );
}

/** Transfer one domain in: price, contacts valid for the TLD, options, a confirmation; followed to Joker's answer. */
export function TransferInForm({ balance, order, createContact }: { balance: { available: number; currency: string } | undefined; order: Permission; createContact?: Permission }) {
  const [confirming, setConfirming] = useState(false);
  const [domain, setDomain] = useState<string>();
  const { setSent, line } = useSent(domain ?? 'example.com');
  const controller = useActionForm<TransferInInput, { procId: string; domain: string }>({
    schema: transferInSchema,
    action: transferInAction,
    defaultValues: { domain: '', transferAuthId: '', ...TRANSFER_DEFAULTS } as never,
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => {
      setDomain(d.domain);
      setSent({ procId: d.procId, label: `Transfer ${d.domain}` });
    },
  });
  const v = controller.form.watch();
  const check = useNameCheck(String(v.domain ?? ''), 1, 'transfer');
  const c = check.data;
  const privacy = v.privacy === 'basic' || v.privacy === 'pro' ? (c?.offer ? offerPrice(c.offer, `privacy-${v.privacy}`, 1)?.total : undefined) : 0;
  const total = c?.price && privacy !== undefined ? roundCents(c.price.total + privacy) : undefined;
  const currency = c?.price?.currency ?? balance?.currency ?? 'EUR';
  const after = balance && total !== undefined ? roundCents(balance.available - total) : undefined;
  return (
    <ActionForm controller={controller} aria-label="Transfer a domain in" showSuccess={false}>
      <TransferPreconditions />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="domain" label="Domain name" autoComplete="off" spellCheck={false} />
        <TextField name="transferAuthId" label="Auth-ID from the current registrar" autoComplete="off" spellCheck={false} />
      </div>
      <NameCheckView check={c} loading={check.isFetching} error={check.error} />
      <HandleFields tld={c && !c.problem ? c.tld : undefined} {...(createContact ? { create: createContact } : {})} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TransferNameservers />
        <SelectField
          name="privacy"
          label="Whois privacy"
          options={!c?.offer || offersPrivacy(c.offer) ? [{ value: 'none', label: 'None' }, { value: 'basic', label: 'Basic' }, { value: 'pro', label: 'Pro' }] : [{ value: 'none', label: 'Not offered' }]}
        />
      </div>
      <CheckboxField name="autorenew" label="Renew automatically before expiry" />
      <CheckboxField name="lock" label="Lock the domain after the transfer" />
      {total !== undefined ? (
        <p className="text-sm">
          Total: <strong>{formatMoney(total, currency)}</strong>
          {after !== undefined ? ` · balance after: ${formatMoney(after, currency)}` : ''}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={<Button disabled={!order.allowed || controller.pending || total === undefined || (after !== undefined && after < 0)}>{controller.pending ? 'Sending…' : 'Transfer…'}</Button>}
        title={`Transfer ${c?.display ?? ''} in?`}
        description={
          <>
            <p>The transfer includes one year of registration. Total: {total !== undefined ? formatMoney(total, currency) : '—'}.</p>
            {c?.premium ? <p>Premium name: the price is sent as max-price.</p> : null}
          </>
        }
        confirmLabel="Transfer"
        onConfirm={() => {
          controller.form.setValue('confirmedTotal', total);
          controller.form.setValue('maxPrice', c?.premium ? c.price?.total : undefined);
          return controller.submit();
        }}
      />
      <PermissionReason permission={order} />
      {line}
    </ActionForm>
  );
}
