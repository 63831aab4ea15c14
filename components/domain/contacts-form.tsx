'use client';

import { useState } from 'react';
import { ActionForm, SelectField, SubmitButton, useActionForm } from '@/components/form';
import { setDomainContactsAction } from '@/app/(panel)/domains/[domain]/modify-actions';
import type { Permission } from '@/lib/auth/roles';
import { domainContactsSchema, type DomainContactsInput } from '@/lib/schemas/domain-lifecycle';
import { useHandles } from './order/use-name-check';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

export interface ContactsFormProps {
  domain: string;
  display: string;
  tld: string;
  admin: string | undefined;
  tech: string | undefined;
  billing: string | undefined;
  change: Permission;
}

/**
 * Reassign admin-c, tech-c and billing-c to handles valid for the TLD (the owner changes by owner change). The
 * handles the TLD allows (a query-contact-list read) are asked for when the user turns to the form (focus or pointer
 * in it), not on every view of the domain page: until then each field offers the handle it holds.
 */
export function ContactsForm({ domain, display, tld, admin, tech, billing, change }: ContactsFormProps) {
  const { setSent, line } = useSent(domain);
  const [wanted, setWanted] = useState(false);
  const handles = useHandles(wanted ? tld : undefined);
  const want = () => {
    if (handles.isError) void handles.refetch();
    else setWanted(true);
  };
  const controller = useActionForm<DomainContactsInput, { procId: string }>({
    schema: domainContactsSchema,
    action: setDomainContactsAction,
    defaultValues: { domain, adminC: admin ?? '', techC: tech ?? '', billingC: billing ?? '' },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `Contacts of ${display}` }),
  });
  const current = [admin, tech, billing].filter((h): h is string => Boolean(h));
  const known = new Set((handles.data ?? []).map((h) => h.handle));
  const options = [
    ...current.filter((h) => !known.has(h)).map((h) => ({ value: h, label: h })),
    ...(handles.data ?? []).map((h) => ({ value: h.handle, label: [h.handle, h.name, h.organization].filter(Boolean).join(' · ') })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);
  return (
    <ActionForm controller={controller} aria-label={`Contacts of ${display}`} showSuccess={false}>
      <div className="grid gap-3 sm:grid-cols-3" onFocusCapture={want} onPointerDownCapture={want}>
        <SelectField name="adminC" label="Admin (admin-c)" options={options} />
        <SelectField name="techC" label="Tech (tech-c)" options={options} />
        <SelectField name="billingC" label="Billing (billing-c)" options={options} />
      </div>
      <p className="text-xs text-zinc-500" role={handles.isError ? 'alert' : undefined}>
        {handles.isFetching
          ? 'Loading handles…'
          : handles.isError
            ? `Could not list the handles for .${tld}: ${handles.error.message}. Choose a field again to retry.`
            : handles.data
              ? `Handles that may be used for .${tld} domains.`
              : `Choose a field to list the handles that may be used for .${tld} domains.`}
      </p>
      <SubmitButton size="sm" variant="secondary" pending={controller.pending} pendingLabel="Sending…" disabled={!change.allowed}>
        Save contacts
      </SubmitButton>
      <PermissionReason permission={change} />
      {line}
    </ActionForm>
  );
}
