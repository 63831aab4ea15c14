'use client';

import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { ActionForm, SubmitButton, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { disableDnssecAction, enableDnssecAction } from '@/app/(panel)/domains/[domain]/modify-actions';
import type { Permission } from '@/lib/auth/roles';
import { type DnssecEntry, type DnssecForm as Form, MAX_DS_ENTRIES } from '@/lib/lifecycle/dnssec';
import { domainOnlyFormSchema, enableDnssecSchema, type DomainOnlyFormInput, type EnableDnssecInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

export interface DnssecFormProps {
  domain: string;
  display: string;
  enabled: boolean;
  /** The keys the registry holds now, as fields. */
  entries: DnssecEntry[];
  /** The form the TLD's registry takes (inquire-tld), null when it takes none through Joker. */
  form: Form | null;
  change: Permission;
}

const EMPTY: DnssecEntry = { keyTag: '', algorithm: '', digestType: '', digest: '', flags: '257', protocol: '3', publicKey: '' };

function EntryFields({ index, form }: { index: number; form: Form }) {
  const n = index + 1;
  if (form === 'dsdata') {
    return (
      <div className="grid gap-2 sm:grid-cols-4">
        <TextField name={`entries.${index}.keyTag`} label={`Key ${n}: key tag`} inputMode="numeric" />
        <TextField name={`entries.${index}.algorithm`} label={`Key ${n}: algorithm`} inputMode="numeric" />
        <TextField name={`entries.${index}.digestType`} label={`Key ${n}: digest type`} inputMode="numeric" />
        <TextField name={`entries.${index}.digest`} label={`Key ${n}: digest (hex)`} spellCheck={false} className="sm:col-span-4" />
      </div>
    );
  }
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      <TextField name={`entries.${index}.flags`} label={`Key ${n}: flags`} inputMode="numeric" />
      <TextField name={`entries.${index}.protocol`} label={`Key ${n}: protocol`} inputMode="numeric" />
      <TextField name={`entries.${index}.algorithm`} label={`Key ${n}: algorithm`} inputMode="numeric" />
      <TextField name={`entries.${index}.publicKey`} label={`Key ${n}: public key (base64)`} spellCheck={false} className="sm:col-span-3" />
    </div>
  );
}

/** DNSSEC on with one to six keys in the registry's form, each field checked; off behind a confirmation. */
export function DnssecSection({ domain, display, enabled, entries, form, change }: DnssecFormProps) {
  const { setSent, line } = useSent(domain);
  const [confirming, setConfirming] = useState(false);
  const on = useActionForm<EnableDnssecInput, { procId: string }>({
    schema: enableDnssecSchema,
    action: enableDnssecAction,
    defaultValues: { domain, form: form ?? 'dsdata', entries: entries.length > 0 ? entries : [EMPTY] },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `DNSSEC keys of ${display}` }),
  });
  const off = useActionForm<DomainOnlyFormInput, { procId: string }>({
    schema: domainOnlyFormSchema,
    action: disableDnssecAction,
    defaultValues: { domain },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `DNSSEC off for ${display}` }),
  });
  const list = useFieldArray({ control: on.form.control, name: 'entries' });
  if (form === null) return <p className="text-sm text-zinc-500">The registry of this TLD does not take DNSSEC keys through Joker.com.</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        DNSSEC is <strong>{enabled ? 'on' : 'off'}</strong>. The registry takes {form === 'dsdata' ? 'DS records (key tag, algorithm, digest type, digest)' : 'DNSKEY records (flags, protocol, algorithm, public key)'}.
      </p>
      <ActionForm controller={on} aria-label={`DNSSEC keys of ${display}`} showSuccess={false}>
        {list.fields.map((f, i) => (
          <fieldset key={f.id} className="space-y-2 rounded border border-zinc-200 p-2 dark:border-zinc-800">
            <legend className="px-1 text-xs text-zinc-500">Key {i + 1}</legend>
            <EntryFields index={i} form={form} />
            {list.fields.length > 1 ? (
              <Button type="button" size="sm" variant="ghost" onClick={() => list.remove(i)}>
                Remove key {i + 1}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="secondary" disabled={list.fields.length >= MAX_DS_ENTRIES} onClick={() => list.append({ ...EMPTY })}>
            Add a key
          </Button>
          <SubmitButton size="sm" pending={on.pending} pendingLabel="Sending…" disabled={!change.allowed}>
            {enabled ? 'Replace the keys' : 'Turn DNSSEC on'}
          </SubmitButton>
        </div>
      </ActionForm>
      {enabled ? (
        <ActionForm controller={off} aria-label={`Turn DNSSEC off for ${display}`} showSuccess={false}>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={
              <Button variant="secondary" size="sm" disabled={!change.allowed || off.pending}>
                Turn DNSSEC off…
              </Button>
            }
            title={`Turn DNSSEC off for ${display}?`}
            description={<p>All keys are removed at the registry. If the zone is still signed, remove the keys there after the registry has dropped them.</p>}
            confirmLabel="Turn off"
            onConfirm={() => off.submit()}
          />
        </ActionForm>
      ) : null}
      <PermissionReason permission={change} />
      {line}
    </div>
  );
}
