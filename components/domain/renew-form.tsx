'use client';

import { useState } from 'react';
import { ActionForm, SelectField, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { renewDomainAction } from '@/app/(panel)/domains/[domain]/order-actions';
import type { Permission } from '@/lib/auth/roles';
import { formatDateTime, formatMoney } from '@/lib/format';
import { offerPrice, roundCents, type TldOffer } from '@/lib/lifecycle/offer';
import { renewFormSchema, type RenewFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

export interface RenewFormProps {
  domain: string;
  display: string;
  /** The current expiration year (the expyear default is the next one). */
  expiresYear: number;
  offer: TldOffer;
  /** A premium name: domain-check's one-year renewal price (sent as max-price). */
  premiumPerYear?: number;
  /** The privacy level in force (what "keep" renews). */
  privacyLevel: 'none' | 'basic' | 'pro';
  balance?: { available: number; currency: string };
  /** A renewal was sent in the last 6 hours: Joker refuses another until then (epoch ms). */
  blockedUntil?: number;
  order: Permission;
}

const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} year${i ? 's' : ''}` }));

/** The price of renewing `years` years with a privacy level, or undefined when the price list does not offer it. */
function renewTotal(p: RenewFormProps, years: number, privacy: string): number | undefined {
  if (years <= 0) return 0;
  const base = p.premiumPerYear !== undefined ? p.premiumPerYear * years : offerPrice(p.offer, 'renew', years)?.total;
  const level = privacy === 'keep' ? p.privacyLevel : privacy;
  const extra = level === 'basic' || level === 'pro' ? offerPrice(p.offer, level === 'basic' ? 'privacy-basic' : 'privacy-pro', years)?.total : 0;
  return base === undefined || extra === undefined ? undefined : roundCents(base + extra);
}

/** Renew by expiration year (safe to repeat) or by years, with the price and the balance after shown before sending. */
export function RenewForm(props: RenewFormProps) {
  const { domain, display, expiresYear, balance, blockedUntil, order } = props;
  const { setSent, line } = useSent(domain);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<RenewFormInput, { procId: string | null; years: number }>({
    schema: renewFormSchema,
    action: renewDomainAction,
    defaultValues: { domain, mode: 'expyear', expyear: String(expiresYear + 1) as never, years: '1' as never, privacy: 'keep' },
    successMessage: (d) => (d.procId ? `Accepted by Joker.com, Proc-ID ${d.procId}.` : 'Nothing to renew.'),
    onSuccess: (d) => (d.procId ? setSent({ procId: d.procId, label: `Renew ${display}` }) : undefined),
  });
  const v = controller.form.watch();
  const years = v.mode === 'years' ? Number(v.years) || 0 : (Number(v.expyear) || 0) - expiresYear;
  const total = renewTotal(props, years, String(v.privacy));
  const currency = props.offer.currency;
  const after = balance && total !== undefined ? roundCents(balance.available - total) : undefined;
  const tooLow = after !== undefined && after < 0;
  const confirmText =
    years <= 0 ? `${display} already runs until ${expiresYear}: nothing would be renewed or charged.` : `Renew ${display} by ${years} year${years > 1 ? 's' : ''}, until ${expiresYear + years}.`;
  return (
    <ActionForm controller={controller} aria-label={`Renew ${display}`} showSuccess={false}>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="mode" label="Renew" options={[{ value: 'expyear', label: 'Until an expiration year' }, { value: 'years', label: 'By a number of years' }]} />
        {v.mode === 'years' ? (
          <SelectField name="years" label="Years" options={YEARS} />
        ) : (
          <TextField name="expyear" label="New expiration year" inputMode="numeric" hint={`Now ${expiresYear}`} />
        )}
        <SelectField
          name="privacy"
          label="Whois privacy"
          options={[{ value: 'keep', label: `Keep (${props.privacyLevel})` }, { value: 'none', label: 'None' }, { value: 'basic', label: 'Basic' }, { value: 'pro', label: 'Pro' }]}
        />
      </div>
      <p className="text-sm" aria-live="polite">
        {total === undefined ? 'This term is not offered for this TLD.' : `Price: ${formatMoney(total, currency)}`}
        {after !== undefined ? ` · balance after: ${formatMoney(after, balance?.currency ?? currency)}` : ''}
        {props.premiumPerYear !== undefined ? ' · premium name: the price is sent as max-price' : ''}
      </p>
      {tooLow ? <p className="text-sm text-rose-700 dark:text-rose-400">The balance is too low for this renewal: top up at Joker.com first.</p> : null}
      <p className="text-xs text-zinc-500">
        By expiration year, sending the same request twice renews once. Joker.com refuses a second renewal of a domain within 6 hours.
        {blockedUntil ? ` This domain was renewed recently: the next renewal is possible after ${formatDateTime(blockedUntil)}.` : ''}
      </p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={
          <Button size="sm" disabled={!order.allowed || controller.pending || total === undefined || tooLow}>
            {controller.pending ? 'Sending…' : 'Renew…'}
          </Button>
        }
        title={`Renew ${display}?`}
        description={
          <>
            <p>{confirmText}</p>
            {total !== undefined ? <p>Total: {formatMoney(total, currency)}{after !== undefined ? `; balance after: ${formatMoney(after, currency)}` : ''}.</p> : null}
          </>
        }
        confirmLabel="Renew"
        onConfirm={() => {
          controller.form.setValue('confirmedTotal', total);
          return controller.submit();
        }}
      />
      <PermissionReason permission={order} />
      {line}
    </ActionForm>
  );
}
