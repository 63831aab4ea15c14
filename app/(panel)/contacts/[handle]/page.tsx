import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ContactDetails } from '@/components/contacts/contact-details';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, requireRole } from '@/lib/auth';
import { contactHandle, tld as tldSchema } from '@/lib/schemas/common';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeSegment((await params).handle) };
}

/** One contact: what Joker.com holds (query-whois), modify, delete. */
export default async function ContactPage({ params, searchParams }: Props) {
  const session = await requireRole('contacts');
  // The URL segment and query are browser input: validate before they reach the DMAPI.
  const handle = contactHandle.safeParse(decodeSegment((await params).handle));
  if (!handle.success) notFound();
  const asked = tldSchema.safeParse((await searchParams).tld);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href="/contacts" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Contacts
        </Link>
      </p>
      <h1 className="font-mono text-lg font-semibold">{handle.data}</h1>
      <Streamed label="the contact" fallback={<Skeleton className="h-64 w-full" />}>
        <ContactDetails
          handle={handle.data}
          tlds={session.tlds}
          change={actionPermission(session, 'contacts', 'change', ['contact-modify', 'contact-delete'])}
          {...(asked.success ? { tld: asked.data } : {})}
        />
      </Streamed>
    </div>
  );
}
