import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireSession } from '@/lib/auth';
import { AREAS, OPERATIONS, permission, type Area, type Operation } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Not allowed' };
export const dynamic = 'force-dynamic';

/** Where requireRole sends a page view the role may not make. The reason is computed here, never taken from the URL. */
export default async function DeniedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const { area, operation } = await searchParams;
  const validArea = (AREAS as readonly string[]).includes(String(area)) ? (area as Area) : 'overview';
  const validOperation = (OPERATIONS as readonly string[]).includes(String(operation)) ? (operation as Operation) : 'view';
  const result = permission(session, validArea, validOperation);
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="text-sm">{result.allowed ? 'You may open this page now.' : result.reason}</p>
      <Link href={session.role === 'customer' ? '/my-domains' : '/'} className="text-sm underline">
        Back to the panel
      </Link>
    </main>
  );
}
