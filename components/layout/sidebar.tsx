'use client';

import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { PendingBadge } from '@/components/results/pending-badge';
import { cn } from '@/lib/utils/cn';
import { NAV_ITEMS } from './nav-items';

/**
 * `allowed` is the list of hrefs the signed-in role may open, filtered on the server by the role matrix; `onNavigate`
 * lets the phone menu close when an entry is chosen.
 */
export function Sidebar({ allowed, onNavigate }: { allowed?: readonly string[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  const items = allowed ? NAV_ITEMS.filter((item) => allowed.includes(item.href)) : NAV_ITEMS;
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5 p-2">
      {items.map(({ href, label, icon: Icon, badge }) => {
        const active = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            className={cn(
              'flex items-center gap-2 rounded px-2.5 py-1.5 text-sm text-zinc-700 hover:bg-zinc-200/70 dark:text-zinc-300 dark:hover:bg-zinc-800',
              active && 'bg-zinc-200 font-medium text-zinc-950 dark:bg-zinc-800 dark:text-white',
            )}
          >
            <Icon className="size-4 shrink-0" aria-hidden />
            {label}
            {badge === 'pending-results' ? <PendingBadge /> : null}
          </Link>
        );
      })}
    </nav>
  );
}
