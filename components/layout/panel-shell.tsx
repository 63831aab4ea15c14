import type { ReactNode } from 'react';
import type { Environment } from '@/lib/env/schema';
import { Header } from './header';
import { Sidebar } from './sidebar';

/** Header with the environment badge, the sidebar (a menu on narrow screens), and the page. */
export function PanelShell({
  environment,
  headerSlot,
  navAllowed,
  children,
}: {
  environment: Environment;
  headerSlot?: ReactNode;
  /** Hrefs of the navigation entries the signed-in role may open. */
  navAllowed?: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1.5 focus:shadow dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <Header environment={environment} navAllowed={navAllowed}>
        {headerSlot}
      </Header>
      <div className="flex flex-1">
        <aside className="hidden w-52 shrink-0 border-r border-zinc-200 bg-zinc-100/60 md:block dark:border-zinc-800 dark:bg-zinc-900/40">
          <Sidebar allowed={navAllowed} />
        </aside>
        <main id="main" className="min-w-0 flex-1 p-3 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
