import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/**
 * Contact handles and host names named in a table: real links, like DomainLink (components/domains/domain-link.tsx),
 * so that they open in a new tab. The names come from the DMAPI and the browser, so the path segment is encoded, never
 * trusted as a path. Not prefetched: a table of hundreds of objects must not fetch hundreds of pages.
 */
export const contactHref = (handle: string) => `/contacts/${encodeURIComponent(handle)}`;
export const hostHref = (host: string) => `/hosts/${encodeURIComponent(host)}`;

const LINK = 'text-sky-700 hover:underline dark:text-sky-400';

export function ContactLink({ handle, children, className }: { handle: string; children?: ReactNode; className?: string }) {
  return (
    <Link href={contactHref(handle)} className={cn('font-mono', LINK, className)}>
      {children ?? handle}
    </Link>
  );
}

export function HostLink({ host, children, className }: { host: string; children?: ReactNode; className?: string }) {
  return (
    <Link href={hostHref(host)} className={cn('font-mono', LINK, className)}>
      {children ?? host}
    </Link>
  );
}
