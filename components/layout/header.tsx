import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import type { Environment } from '@/lib/env/schema';
import { EnvironmentBadge } from './environment-badge';
import { MobileNav } from './mobile-nav';
import { ThemeToggle } from './theme-toggle';

/** The bar on every page; on a phone the navigation moves into the menu button and nothing here is wider than the screen. */
export function Header({ environment, navAllowed, children }: { environment: Environment; navAllowed?: readonly string[]; children?: ReactNode }) {
  return (
    <header className="sticky top-0 z-20 flex h-12 min-w-0 items-center gap-2 border-b border-zinc-200 bg-white/90 px-2 backdrop-blur sm:gap-3 sm:px-4 dark:border-zinc-800 dark:bg-zinc-900/90">
      <MobileNav allowed={navAllowed} />
      <Link href="/" className="hidden text-sm font-semibold tracking-tight sm:inline">
        Reseller Panel
      </Link>
      <EnvironmentBadge environment={environment} />
      <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
        {children}
        <ThemeToggle />
      </div>
    </header>
  );
}
