import type { ReactNode } from 'react';
import { EnvironmentBadge } from '@/components/layout/environment-badge';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * Public pages (owners and customers arriving from e-mail, no sign-in): the product name and the environment badge,
 * no navigation into the panel.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="flex items-center justify-between gap-2 border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <span className="text-sm font-semibold">Reseller Panel</span>
        <EnvironmentBadge environment={env.ENVIRONMENT} />
      </header>
      <main id="main" className="mx-auto w-full max-w-xl flex-1 p-4 sm:p-8">
        {children}
      </main>
    </div>
  );
}
