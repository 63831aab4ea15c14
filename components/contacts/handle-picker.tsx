'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { Permission } from '@/lib/auth/roles';
import { useDebounced } from '@/lib/hooks/use-debounced';
import { queryKeys } from '@/lib/query-keys';
import { Combobox, type ComboOption } from './combobox';
import { ContactCreateDialog } from './contact-create-dialog';

export type ContactRole = 'owner' | 'admin' | 'tech' | 'billing';

export interface HandlePickerProps {
  /** The TLD the handle must be usable with (query-contact-list `tld`). */
  tld: string;
  role: ContactRole;
  value: string;
  onChange: (handle: string) => void;
  /** Fill in the TLD's default for this role from Settings when the value is empty. */
  prefillDefault?: boolean;
  /** Label text (default "Owner contact" etc.). */
  label?: string;
  /** An error to show under the field (from the caller's form). */
  error?: string;
  /** permission(session, 'contacts', 'change') for the "Create contact…" button; the action checks again. */
  create?: Permission;
  name?: string;
}

interface Row {
  handle: string;
  name: string | null;
  organization: string | null;
}

const ROLE_LABEL: Record<ContactRole, string> = { owner: 'Owner contact', admin: 'Admin contact', tech: 'Tech contact', billing: 'Billing contact' };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.error ?? `HTTP ${response.status}`);
  return body;
}

/**
 * Pick an existing contact handle valid for a TLD: type part of a handle (searched at Joker.com with
 * query-contact-list, only handles usable for the TLD), or create one inline ("Create contact…", the contact form in
 * a dialog). With `prefillDefault`, the TLD's default for the role (Settings → Contact defaults) is filled in.
 */
export function HandlePicker({ tld, role, value, onChange, prefillDefault, label, error, create, name }: HandlePickerProps) {
  const id = useId();
  const q = useDebounced(value.trim(), 250);
  // Joker's contact list is read once the user turns to the picker (focus or pointer), not on every view of a page
  // that holds one: a page asks for no data after it has loaded.
  const [wanted, setWanted] = useState(false);
  const rows = useQuery({
    queryKey: queryKeys.contactPick(tld, q),
    queryFn: () => getJson<{ rows: Row[] }>(`/api/contacts?${new URLSearchParams({ tld, q, to: '25' })}`),
    enabled: wanted,
    staleTime: 30_000,
  });
  const defaults = useQuery({
    queryKey: queryKeys.contactDefaults(tld),
    queryFn: () => getJson<Partial<Record<ContactRole, string>>>(`/api/contacts/defaults?${new URLSearchParams({ tld })}`),
    enabled: Boolean(prefillDefault),
    staleTime: 60_000,
  });
  const fallback = defaults.data?.[role];
  const filled = useRef(false);
  useEffect(() => {
    if (!prefillDefault || filled.current || !fallback) return;
    filled.current = true;
    if (value.trim() === '') onChange(fallback);
  }, [prefillDefault, fallback, value, onChange]);
  const options: ComboOption[] = (rows.data?.rows ?? []).map((r) => ({
    value: r.handle,
    label: r.handle,
    detail: [r.name, r.organization].filter(Boolean).join(' · ') || undefined,
  }));
  const chosen = rows.data?.rows.find((r) => r.handle.toLowerCase() === value.trim().toLowerCase());
  const describedBy = [`${id}-about`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label ?? ROLE_LABEL[role]}
      </label>
      <div className="flex flex-wrap items-start gap-2" onFocusCapture={() => setWanted(true)} onPointerDownCapture={() => setWanted(true)}>
        <Combobox
          id={id}
          name={name}
          text={value}
          onTextChange={onChange}
          options={options}
          onSelect={(o) => onChange(o.value)}
          loading={rows.isFetching}
          emptyText={rows.isError ? 'The contact list could not be read.' : `No .${tld} contact matches`}
          placeholder="Type part of a handle"
          describedBy={describedBy}
          invalid={Boolean(error)}
          className="w-56"
        />
        <ContactCreateDialog tld={tld} onCreated={onChange} permission={create} triggerLabel={`New ${role} contact…`} />
      </div>
      <p id={`${id}-about`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {chosen ? [chosen.name, chosen.organization].filter(Boolean).join(' · ') : `A handle usable for .${tld}.`}
        {fallback && value.trim() === fallback ? ' Default from Settings.' : ''}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
