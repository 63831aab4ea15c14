import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { z } from 'zod';
import { ContactFilter } from '@/components/contacts/contact-filter';
import { ContactTable, type ContactRow } from '@/components/contacts/contact-table';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { queryContactList } from '@/lib/dmapi';
import { describeFailure } from '@/lib/failure';
import { handlePattern } from '@/lib/schemas/contact';
import { tld as tldSchema } from '@/lib/schemas/common';

export const metadata: Metadata = { title: 'Contacts' };
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

const searchSchema = z.object({
  tld: tldSchema.optional().catch(undefined),
  q: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(200_000).optional().catch(undefined),
});

interface Filter {
  tld?: string;
  q?: string;
  page: number;
}

/** One page of handles from Joker.com: positions from..to (one more than shown, to know whether a next page exists). */
async function ContactRows({ tld, q, page }: Filter) {
  const from = (page - 1) * PAGE_SIZE + 1;
  let rows: ContactRow[] = [];
  let failure = null;
  try {
    const pattern = handlePattern(q);
    const list = await withDmapi((client) =>
      queryContactList(client, { extendedFormat: true, from, to: from + PAGE_SIZE, ...(tld ? { tld } : {}), ...(pattern ? { pattern } : {}) }),
    );
    rows = list.map((r) => ({ handle: r.handle, name: r.name ?? null, organization: r.organization ?? null, email: r.email ?? null }));
  } catch (error) {
    failure = describeFailure(error) ?? null;
    if (!failure) throw error;
  }
  return (
    <ContactTable rows={rows.slice(0, PAGE_SIZE)} pageIndex={page - 1} pageSize={PAGE_SIZE} hasNext={rows.length > PAGE_SIZE} tld={tld} failure={failure} />
  );
}

/** Contacts: the account's handles, filtered by TLD and handle pattern at Joker.com and paged there. */
export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireRole('contacts');
  const raw = await searchParams;
  const parsed = searchSchema.parse({ tld: raw.tld || undefined, q: raw.q || undefined, page: raw.page });
  const filter: Filter = { page: parsed.page ?? 1 };
  if (parsed.tld && session.tlds.includes(parsed.tld)) filter.tld = parsed.tld;
  if (parsed.q) filter.q = parsed.q;
  const change = actionPermission(session, 'contacts', 'change', 'contact-create');
  return (
    <div className="max-w-5xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-lg font-semibold">Contacts</h1>
        {change.allowed ? (
          <Link
            href={`/contacts/new${filter.tld ? `?tld=${filter.tld}` : ''}`}
            className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900"
          >
            New contact
          </Link>
        ) : (
          <p className="text-xs text-zinc-500">{change.reason}</p>
        )}
      </div>
      <ContactFilter tlds={session.tlds} tld={filter.tld} q={filter.q} />
      <Streamed key={JSON.stringify(filter)} label="contacts" fallback={<Skeleton className="h-64 w-full" />}>
        <ContactRows {...filter} />
      </Streamed>
    </div>
  );
}
