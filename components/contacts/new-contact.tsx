'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { contactFieldsFor } from '@/lib/contacts/fields';
import { ContactForm } from './contact-form';

const CONTROL = 'rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/** Choose the TLD, then fill in the contact form with exactly that TLD's fields. The TLD is kept in the URL. */
export function NewContact({ tlds, initialTld }: { tlds: readonly string[]; initialTld: string }) {
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  const [tld, setTld] = useState(initialTld);
  const extra = contactFieldsFor(tld).filter((s) => s.group === 'registry').length;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          TLD the contact is for
        </label>
        <select
          id={id}
          value={tld}
          onChange={(e) => {
            setTld(e.target.value);
            router.replace(`${pathname}?tld=${encodeURIComponent(e.target.value)}`, { scroll: false });
          }}
          aria-describedby={`${id}-help`}
          className={`${CONTROL} max-w-xs`}
        >
          {tlds.map((t) => (
            <option key={t} value={t}>
              .{t}
            </option>
          ))}
        </select>
        <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {extra > 0
            ? `The .${tld} registry asks for ${extra} field${extra === 1 ? '' : 's'} beyond the usual ones; they appear below.`
            : `The .${tld} registry needs the usual contact fields only.`}{' '}
          A handle can be used for the TLDs that share its prefix.
        </p>
      </div>
      <ContactForm mode="create" tld={tld} linkToContact />
    </div>
  );
}
