'use client';

import { SelectField } from '@/components/form';
import type { HandleOption } from '@/lib/lifecycle/handles';

const ROLES = [
  ['ownerC', 'Owner (owner-c)'],
  ['adminC', 'Admin (admin-c)'],
  ['techC', 'Tech (tech-c)'],
  ['billingC', 'Billing (billing-c)'],
] as const;

/**
 * The four contact pickers, offering only handles valid for the TLD. Creating a contact inline is wired in by the
 * contacts area; until then the hint links to Contacts.
 */
export function HandleFields({ tld, handles, loading }: { tld: string | undefined; handles: HandleOption[] | undefined; loading: boolean }) {
  const options = (handles ?? []).map((h) => ({ value: h.handle, label: [h.handle, h.name, h.organization].filter(Boolean).join(' · ') }));
  const hint = !tld ? 'Type a domain name first' : loading ? 'Loading handles…' : options.length === 0 ? `No handles for .${tld} yet: create one in Contacts` : undefined;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {ROLES.map(([name, label]) => (
        <SelectField key={name} name={name} label={label} options={options} placeholder="Choose a handle" {...(hint ? { hint } : {})} />
      ))}
    </div>
  );
}
