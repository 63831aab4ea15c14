import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Environment } from '@/lib/env/schema';
import { EnvironmentBadge } from './environment-badge';
import { ThemeToggle } from './theme-toggle';

export function Header({ environment, children }: { environment: Environment; children?: ReactNode }) {
  return (
    <header className="sticky top-0 z-20 flex h-12 items-center gap-3 border-b border-zinc-200 bg-white/90 px-4 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
      <Link href="/" className="text-sm font-semibold tracking-tight">
        Reseller Panel
      </Link>
      <EnvironmentBadge environment={environment} />
      <div className="ml-auto flex items-center gap-2">
        {children}
        <ThemeToggle />
      </div>
    </header>
  );
}
