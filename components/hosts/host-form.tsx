'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { ActionForm, SubmitButton, TextField, useActionForm } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { createHostAction, modifyHostAction } from '@/app/(panel)/hosts/actions';
import type { ActionResult } from '@/lib/actions/result';
import { hostFormSchema, type HostFormValues } from '@/lib/schemas/host';

export type HostFormProps =
  | { mode: 'create' }
  | { mode: 'modify'; host: string; ipv4: string[]; ipv6: string[] };

const FAMILY = {
  ip: { title: 'IPv4 addresses', one: 'IPv4 address', help: 'Public addresses only: IANA’s reserved ranges (private, loopback, documentation …) are refused.', placeholder: '192.0.2.10' },
  ipv6: { title: 'IPv6 addresses', one: 'IPv6 address', help: 'Short notation such as 2001:db8::53 is accepted.', placeholder: '2001:db8::53' },
} as const;

/** The inputs of one address family: one row per address, add and remove; the errors name the row. */
function AddressList({ field }: { field: 'ip' | 'ipv6' }) {
  const { setValue, getValues } = useFormContext<HostFormValues>();
  const list = (useWatch<HostFormValues>({ name: field }) as string[] | undefined) ?? [];
  const { errors } = useFormState<HostFormValues>({ name: field });
  const groupError = (errors[field] as { message?: string; root?: { message?: string } } | undefined);
  const message = groupError?.message ?? groupError?.root?.message;
  const text = FAMILY[field];
  return (
    <fieldset className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="px-1 text-sm font-semibold">{text.title}</legend>
      <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{text.help}</p>
      <div className="flex flex-col gap-2">
        {list.map((_, i) => (
          <div key={i} className="flex items-end gap-2">
            <TextField name={`${field}.${i}`} label={`${text.one} ${i + 1}`} placeholder={text.placeholder} className="w-80 max-w-full" autoComplete="off" spellCheck={false} />
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Remove ${text.one} ${i + 1}`}
              onClick={() => setValue(field, (getValues(field) ?? []).filter((__, j) => j !== i), { shouldDirty: true })}
            >
              Remove
            </Button>
          </div>
        ))}
      </div>
      <Button variant="secondary" size="sm" className="mt-2" onClick={() => setValue(field, [...(getValues(field) ?? []), ''], { shouldDirty: true })}>
        Add {text.one}
      </Button>
      {message ? <p className="mt-1 text-xs text-rose-700 dark:text-rose-400" role="alert">{message}</p> : null}
    </fieldset>
  );
}

/**
 * Create a name server host or change its addresses: several IPv4 and IPv6 addresses, each checked in the browser
 * with the server's rules (lib/net: IANA-reserved IPv4 refused, IPv6 short notation accepted, no address twice).
 * The request is followed to Joker's answer by its Proc-ID.
 */
export function HostForm(props: HostFormProps) {
  const router = useRouter();
  const [sent, setSent] = useState<{ procId: string; host: string }>();
  const modify = props.mode === 'modify';
  const defaults: HostFormValues = modify
    ? { host: props.host, ip: props.ipv4.length ? props.ipv4 : [], ipv6: props.ipv6.length ? props.ipv6 : [] }
    : { host: '', ip: ['', ''], ipv6: [''] };
  const action = (modify ? modifyHostAction : createHostAction) as unknown as (v: HostFormValues) => Promise<ActionResult<{ procId: string | null; host?: string }>>;
  const controller = useActionForm<HostFormValues, { procId: string | null; host?: string }>({
    schema: hostFormSchema as never,
    action,
    defaultValues: defaults,
    successMessage: (d) => (d.procId ? `Accepted by Joker.com, Proc-ID ${d.procId}.` : 'Saved.'),
    onSuccess: (d, values) => {
      const host = d.host ?? values.host;
      if (d.procId) setSent({ procId: d.procId, host });
      else router.push(`/hosts/${encodeURIComponent(host)}`);
    },
  });
  const label = modify ? `Addresses of ${props.host}` : 'New host';
  return (
    <ActionForm controller={controller} aria-label={label}>
      <TextField
        name="host"
        label="Host name"
        description={modify ? 'The host name cannot change; create a new host instead.' : 'A name under a domain of this account, e.g. ns1.example.com.'}
        readOnly={modify}
        autoComplete="off"
        spellCheck={false}
        className="max-w-md"
      />
      <AddressList field="ip" />
      <AddressList field="ipv6" />
      <div>
        <SubmitButton pending={controller.pending} pendingLabel="Sending…">
          {modify ? 'Save addresses' : 'Create host'}
        </SubmitButton>
      </div>
      {sent ? (
        <QueuedResult
          key={sent.procId}
          procId={sent.procId}
          label={`${modify ? 'Modify' : 'Create'} ${sent.host}`}
          onSettled={(outcome) => {
            if (outcome.status !== 'ack') return;
            if (modify) router.refresh();
            else router.push(`/hosts/${encodeURIComponent(sent.host)}`);
          }}
        />
      ) : null}
    </ActionForm>
  );
}
