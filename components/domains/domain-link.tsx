import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/** The domain page's address; the name is browser-visible and DMAPI-given, so it is encoded, never trusted as a path. */
export const domainHref = (domain: string) => `/domains/${encodeURIComponent(domain)}`;

/**
 * A domain named in a table or list: a real link, so that it opens in a new tab or window like any other. Not
 * prefetched: a table of hundreds of domains must not fetch hundreds of pages.
 */
export function DomainLink({ domain, children, className }: { domain: string; children?: ReactNode; className?: string }) {
  return (
    <Link href={domainHref(domain)} className={cn('text-sky-700 hover:underline dark:text-sky-400', className)}>
      {children ?? domain}
    </Link>
  );
}
