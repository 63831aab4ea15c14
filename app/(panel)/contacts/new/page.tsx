import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { NewContact } from '@/components/contacts/new-contact';
import { requireRole } from '@/lib/auth';

export const metadata: Metadata = { title: 'New contact' };
export const dynamic = 'force-dynamic';

/** Create a contact for one of the account's TLDs. */
export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireRole('contacts', 'change');
  const asked = (await searchParams).tld;
  const tlds = session.tlds;
  const initial = typeof asked === 'string' && tlds.includes(asked.toLowerCase()) ? asked.toLowerCase() : tlds.includes('com') ? 'com' : (tlds[0] ?? 'com');
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/contacts" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Contacts
        </Link>
      </p>
      <h1 className="text-lg font-semibold">New contact</h1>
      <NewContact tlds={tlds} initialTld={initial} />
    </div>
  );
}
