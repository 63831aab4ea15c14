'use client';

import Link from '@/components/ui/link';
import { useState } from 'react';
import { ActionForm, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { registerDomainAction } from '@/app/(panel)/register/actions';
import type { Permission } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/format';
import { offerPrice, offersPrivacy, roundCents } from '@/lib/lifecycle/offer';
import { registerDomainSchema, type RegisterDomainInput } from '@/lib/schemas/register';
import { useSent } from '../queued-line';
import { PermissionReason } from '../permission-reason';
import { HandleFields } from './handle-fields';
import { NameCheckView } from './name-check-view';
import { OrderOptions } from './order-options';
import { useNameCheck } from './use-name-check';

export const ORDER_DEFAULTS = { years: '1', ownerC: '', adminC: '', techC: '', billingC: '', nsMode: 'joker', nsText: '', privacy: 'none', autorenew: false } as const;

/**
 * Register one name: availability and prices as you type, contacts valid for the TLD, name servers, privacy,
 * autorenew, then a confirmation with the total and the balance after; max-price is sent for a premium name. The
 * request is followed to Joker's answer; a refusal keeps everything typed.
 */
export function RegisterForm({ balance, order, createContact }: { balance: { available: number; currency: string } | undefined; order: Permission; createContact?: Permission }) {
  const [confirming, setConfirming] = useState(false);
  const [domain, setDomain] = useState<string>();
  const { setSent, line } = useSent(domain ?? 'example.com');
  const controller = useActionForm<RegisterDomainInput, { procId: string; domain: string }>({
    schema: registerDomainSchema,
    action: registerDomainAction,
    defaultValues: { domain: '', ...ORDER_DEFAULTS } as never,
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => {
      setDomain(d.domain);
      setSent({ procId: d.procId, label: `Register ${d.domain}` });
    },
  });
  const v = controller.form.watch();
  const years = Number(v.years) || 1;
  const check = useNameCheck(String(v.domain ?? ''), years, 'create');
  const c = check.data;
  const privacy = v.privacy === 'basic' || v.privacy === 'pro' ? (c?.offer ? offerPrice(c.offer, `privacy-${v.privacy}`, years)?.total : undefined) : 0;
  const total = c?.price && privacy !== undefined ? roundCents(c.price.total + privacy) : undefined;
  const currency = c?.price?.currency ?? balance?.currency ?? 'EUR';
  const after = balance && total !== undefined ? roundCents(balance.available - total) : undefined;
  const blocked = !c || Boolean(c.problem) || c.status === 'unavailable' || total === undefined;
  return (
    <ActionForm controller={controller} aria-label="Register a domain" showSuccess={false}>
      <TextField name="domain" label="Domain name" autoComplete="off" spellCheck={false} hint="IDNs welcome (bücher.de); they are sent in their ASCII form." />
      <NameCheckView check={c} loading={check.isFetching} error={check.error} />
      <HandleFields tld={c && !c.problem ? c.tld : undefined} {...(createContact ? { create: createContact } : {})} />
      <OrderOptions privacyOffered={c?.offer ? offersPrivacy(c.offer) : true} />
      {total !== undefined ? (
        <p className="text-sm" aria-live="polite">
          Total: <strong>{formatMoney(total, currency)}</strong>
          {after !== undefined ? ` · balance after: ${formatMoney(after, currency)}` : ''}
        </p>
      ) : null}
      {after !== undefined && after < 0 ? <p className="text-sm text-rose-700 dark:text-rose-400">The balance is too low for this registration: top up at Joker.com first.</p> : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="primary"
        trigger={
          <Button disabled={!order.allowed || controller.pending || blocked || (after !== undefined && after < 0)}>{controller.pending ? 'Sending…' : 'Register…'}</Button>
        }
        title={`Register ${c?.display ?? ''}?`}
        description={
          <>
            <p>
              {c?.display} for {years} year{years > 1 ? 's' : ''}
              {v.privacy !== 'none' ? `, with ${String(v.privacy)} whois privacy` : ''}.
            </p>
            {total !== undefined ? <p>Total: {formatMoney(total, currency)}{after !== undefined ? `; balance after: ${formatMoney(after, currency)}` : ''}.</p> : null}
            {c?.premium ? <p>This is a premium name ({c.priceClass}): the price is sent as max-price, so Joker.com charges no more than this.</p> : null}
          </>
        }
        confirmLabel="Register"
        onConfirm={() => {
          controller.form.setValue('confirmedTotal', total);
          controller.form.setValue('maxPrice', c?.premium ? c.price?.total : undefined);
          return controller.submit();
        }}
      />
      <PermissionReason permission={order} />
      {line}
      {domain ? (
        <p className="text-sm">
          <Link className="text-sky-700 underline dark:text-sky-400" href={`/domains/${encodeURIComponent(domain)}`}>
            Open {domain}
          </Link>{' '}
          once Joker.com has registered it.
        </p>
      ) : null}
    </ActionForm>
  );
}
