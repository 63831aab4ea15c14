'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, useState } from 'react';
import { Controller } from 'react-hook-form';
import { ActionForm, SelectField, SubmitButton, useActionForm } from '@/components/form';
import { HandlePicker, type ContactRole } from '@/components/contacts/handle-picker';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { Permission } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { contactDefaultsSchema } from '@/lib/schemas/contact';
import { removeContactDefaultsAction, saveContactDefaultsAction } from './contact-defaults-actions';

export interface DefaultsRow {
  tld: string;
  owner: string;
  admin: string;
  tech: string;
  billing: string;
  updatedBy: string;
  updatedAt: string;
}

const ROLES: ContactRole[] = ['owner', 'admin', 'tech', 'billing'];
type Values = { tld: string; owner: string; admin: string; tech: string; billing: string };

function valuesFor(tld: string, rows: readonly DefaultsRow[]): Values {
  const row = rows.find((r) => r.tld === tld);
  return { tld, owner: row?.owner ?? '', admin: row?.admin ?? '', tech: row?.tech ?? '', billing: row?.billing ?? '' };
}

function DefaultsTable({ rows, change, onEdit }: { rows: readonly DefaultsRow[]; change: Permission; onEdit: (tld: string) => void }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  // The status line stays when the last row goes, so "Removed the defaults of …" outlives the refresh.
  const status = <p role="status" className="text-sm">{message}</p>;
  if (rows.length === 0) {
    return (
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No TLD has contact defaults yet.</p>
        {status}
      </div>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Contact defaults per TLD</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
            {['TLD', 'Owner', 'Admin', 'Tech', 'Billing', 'Saved', 'Actions'].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.tld} className="border-b border-zinc-100 dark:border-zinc-800/60">
              <th scope="row" className="py-1.5 pr-3 text-left font-mono font-normal">.{r.tld}</th>
              {ROLES.map((role) => (
                <td key={role} className="py-1.5 pr-3 font-mono text-xs">{r[role] || '—'}</td>
              ))}
              <td className="py-1.5 pr-3 text-xs">{formatDateTime(r.updatedAt)} by {r.updatedBy}</td>
              <td className="flex gap-2 py-1.5">
                <Button size="sm" variant="secondary" onClick={() => onEdit(r.tld)} aria-label={`Edit the defaults of .${r.tld}`}>Edit</Button>
                <ConfirmDialog
                  trigger={
                    <Button size="sm" variant="ghost" disabled={!change.allowed} aria-label={`Remove the defaults of .${r.tld}`}>
                      Remove
                    </Button>
                  }
                  title={`Remove the contact defaults of .${r.tld}?`}
                  description={`New .${r.tld} orders and transfers no longer start with these four handles; the contacts themselves and the domains that use them are not changed. You can set the defaults again at any time.`}
                  confirmLabel="Remove defaults"
                  onConfirm={async () => {
                    const result = await removeContactDefaultsAction({ tld: r.tld });
                    setMessage(result.ok ? `Removed the defaults of .${r.tld}.` : result.error);
                    if (result.ok) router.refresh();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status}
    </div>
  );
}

/** The defaults table and the form that sets one TLD's four handles (HandlePicker, with "Create contact…"). */
export function ContactDefaultsForm({ rows, tlds, change }: { rows: DefaultsRow[]; tlds: string[]; change: Permission }) {
  const router = useRouter();
  const first = tlds[0] ?? 'com';
  const controller = useActionForm<Values, { tld: string; roles: number }>({
    schema: contactDefaultsSchema as never,
    action: saveContactDefaultsAction as unknown as (v: Values) => ReturnType<typeof saveContactDefaultsAction>,
    defaultValues: valuesFor(first, rows),
    successMessage: (d) => (d.roles > 0 ? `Saved the contact defaults of .${d.tld}.` : `Removed the contact defaults of .${d.tld}.`),
    onSuccess: () => router.refresh(),
  });
  const { form } = controller;
  const tld = form.watch('tld');
  const pick = (next: string) => form.reset(valuesFor(next, rows));
  return (
    <div className="space-y-4">
      <DefaultsTable rows={rows} change={change} onEdit={pick} />
      <ActionForm controller={controller} aria-label="Set contact defaults" className="max-w-3xl rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
        <h3 className="font-medium">Set the defaults of a TLD</h3>
        {/* Choosing another TLD shows its current defaults (the select's own change reaches the form first). */}
        <div onChange={(e: ChangeEvent<HTMLElement>) => e.target instanceof HTMLSelectElement && pick(e.target.value)}>
          <SelectField name="tld" label="TLD" options={tlds.map((t) => ({ value: t, label: `.${t}` }))} className="max-w-xs" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {ROLES.map((role) => (
            <Controller
              key={`${tld}-${role}`}
              name={role}
              control={form.control}
              render={({ field, fieldState }) => (
                <HandlePicker tld={tld} role={role} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} create={change} name={role} />
              )}
            />
          ))}
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Leave a role empty for no default; all empty removes the TLD’s defaults.</p>
        <div>
          <SubmitButton pending={controller.pending} pendingLabel="Checking the handles…" disabled={!change.allowed}>
            Save defaults
          </SubmitButton>
          {!change.allowed ? <p className="mt-1 text-xs text-zinc-500">{change.reason}</p> : null}
        </div>
      </ActionForm>
    </div>
  );
}
