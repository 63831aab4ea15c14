'use client';

import { Controller, useFormContext } from 'react-hook-form';
import { type ContactRole, HandlePicker } from '@/components/contacts/handle-picker';
import type { Permission } from '@/lib/auth/roles';

const ROLES = [
  ['ownerC', 'owner', 'Owner (owner-c)'],
  ['adminC', 'admin', 'Admin (admin-c)'],
  ['techC', 'tech', 'Tech (tech-c)'],
  ['billingC', 'billing', 'Billing (billing-c)'],
] as const satisfies readonly (readonly [string, ContactRole, string])[];

/**
 * The four contacts of an order, each a HandlePicker of the contacts area: type part of a handle (only handles usable
 * for the TLD are offered), or create one inline ("New owner contact…"); the TLD's defaults from Settings → Contact
 * defaults are filled in. Shown once the name's TLD is known. `create`: permission(session, 'contacts', 'change').
 */
export function HandleFields({ tld, create }: { tld: string | undefined; create?: Permission }) {
  const { control } = useFormContext();
  if (!tld) return <p className="text-sm text-zinc-500">Contacts: type a domain name first; the handles offered are those usable for its TLD.</p>;
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="sr-only">Contacts</legend>
      {ROLES.map(([name, role, label]) => (
        <Controller
          key={`${tld} ${name}`}
          control={control}
          name={name}
          render={({ field, fieldState }) => (
            <HandlePicker
              tld={tld}
              role={role}
              label={label}
              name={name}
              value={String(field.value ?? '')}
              onChange={field.onChange}
              prefillDefault
              {...(fieldState.error?.message ? { error: fieldState.error.message } : {})}
              {...(create ? { create } : {})}
            />
          )}
        />
      ))}
    </fieldset>
  );
}
