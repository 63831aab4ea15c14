'use client';

import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils/cn';

const SECTIONS = [
  { href: '/verification', label: 'Owner e-mails', exact: false },
  { href: '/verification/cor', label: 'Changes of registrant', exact: true },
  { href: '/verification/key', label: 'Key look-up and phone answers', exact: true },
];

/** The workspace's parts as tabs-like links (real links: they open in a new tab and work without JavaScript). */
export function SectionNav() {
  const pathname = usePathname();
  const active = (href: string) =>
    href === '/verification' ? pathname === '/verification' || pathname.startsWith('/verification/email/') : pathname === href;
  return (
    <nav aria-label="Verification workspace" className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800">
      {SECTIONS.map(({ href, label }) => (
        <Link
          key={href}
          href={href}
          aria-current={active(href) ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 px-3 py-1.5 text-sm text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white',
            active(href) ? 'border-zinc-900 font-medium text-zinc-950 dark:border-zinc-100 dark:text-white' : 'border-transparent',
          )}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
