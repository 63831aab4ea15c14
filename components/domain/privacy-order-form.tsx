'use client';

import { useState } from 'react';
import { ActionForm, SelectField, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { orderPrivacyAction } from '@/app/(panel)/domains/[domain]/order-actions';
import type { Permission } from '@/lib/auth/roles';
import { formatDate, formatMoney } from '@/lib/format';
import { offerPrice, offersPrivacy, roundCents, type TldOffer } from '@/lib/lifecycle/offer';
import { privacyTerm } from '@/lib/lifecycle/privacy';
import { privacyOrderFormSchema, type PrivacyOrderFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

export interface PrivacyOrderFormProps {
  domain: string;
  display: string;
  offer: TldOffer;
  /** The level bought and when it ends. */
  current: 'none' | 'basic' | 'pro';
  currentExpires: number | undefined;
  domainExpires: number | undefined;
  /** The time the page was rendered (terms are counted from it). */
  now: number;
  order: Permission;
}

const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} year${i ? 's' : ''}` }));

/** Order whois privacy (domain-privacy-order) for the remaining term, a number of years or up to a year; price first. */
export function PrivacyOrderForm(p: PrivacyOrderFormProps) {
  const { setSent, line } = useSent(p.domain);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<PrivacyOrderFormInput, { procId: string | null }>({
    schema: privacyOrderFormSchema,
    action: orderPrivacyAction,
    defaultValues: { domain: p.domain, privacy: p.current === 'pro' ? 'pro' : 'basic', term: 'remaining', years: '1' as never },
    successMessage: (d) => (d.procId ? `Accepted by Joker.com, Proc-ID ${d.procId}.` : 'Done.'),
    onSuccess: (d) => (d.procId ? setSent({ procId: d.procId, label: `Whois privacy for ${p.display}` }) : undefined),
  });
  const v = controller.form.watch();
  if (!offersPrivacy(p.offer)) return <p className="text-sm text-zinc-500">Whois privacy is not offered for .{p.offer.tld}.</p>;
  const level = v.privacy === 'pro' ? 'pro' : 'basic';
  const term = privacyTerm({
    now: p.now, domainExpires: p.domainExpires, current: p.current, currentExpires: p.currentExpires, level,
    term: v.term ?? 'remaining', years: Number(v.years) || undefined, expyear: Number(v.expyear) || undefined,
  });
  const price = term.problem ? undefined : offerPrice(p.offer, `privacy-${level}`, term.years)?.total;
  const total = price === undefined ? undefined : roundCents(price);
  return (
    <ActionForm controller={controller} aria-label={`Order whois privacy for ${p.display}`} showSuccess={false}>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="privacy" label="Privacy level" options={[{ value: 'basic', label: 'Basic' }, { value: 'pro', label: 'Pro' }]} />
        <SelectField name="term" label="Term" options={[{ value: 'remaining', label: 'Until the domain expires' }, { value: 'years', label: 'A number of years' }, { value: 'expyear', label: 'Until a year' }]} />
        {v.term === 'years' ? <SelectField name="years" label="Years" options={YEARS} /> : null}
        {v.term === 'expyear' ? <TextField name="expyear" label="Until the year" inputMode="numeric" /> : null}
      </div>
      <p className="text-sm" aria-live="polite">
        {term.problem ?? (total === undefined ? 'Not offered for this term.' : `Price: ${formatMoney(total, p.offer.currency)} for ${term.years} year${term.years > 1 ? 's' : ''}${term.until ? `, until ${formatDate(term.until)}` : ''}`)}
      </p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={<Button size="sm" variant="secondary" disabled={!p.order.allowed || controller.pending || total === undefined}>Order privacy…</Button>}
        title={`Order ${level} whois privacy for ${p.display}?`}
        description={<p>Total: {total !== undefined ? formatMoney(total, p.offer.currency) : '—'}.</p>}
        confirmLabel="Order"
        onConfirm={() => {
          controller.form.setValue('confirmedTotal', total);
          return controller.submit();
        }}
      />
      <PermissionReason permission={p.order} />
      {line}
    </ActionForm>
  );
}
