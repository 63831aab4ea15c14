import type { ReactNode } from 'react';
import type { PublicIdentity } from '@/lib/verification/identity';

/** The words the public pages use for the reseller until the owner names the business in Settings. */
export function providerName(identity: PublicIdentity): string {
  return identity.name || 'your domain provider';
}

/**
 * The reseller's name and logo above a public page's content. The logo is the copy kept in the panel (a data: URL):
 * no request leaves for another site.
 */
export function PublicCard({ identity, title, children }: { identity: PublicIdentity; title: string; children: ReactNode }) {
  return (
    <article aria-labelledby="public-title" className="space-y-5 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      {identity.name || identity.logo ? (
        <div className="flex items-center gap-3">
          {identity.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data: URL kept in the panel; nothing to optimise or fetch
            <img src={identity.logo.dataUrl} alt={identity.name ? `${identity.name} logo` : 'Logo'} className="max-h-12 max-w-[10rem] object-contain" />
          ) : null}
          {identity.name ? <p className="text-base font-semibold">{identity.name}</p> : null}
        </div>
      ) : null}
      <h1 id="public-title" className="text-xl font-semibold">
        {title}
      </h1>
      {children}
    </article>
  );
}

/** A plain-words message box: outcome, refusal or problem. */
export function Notice({ tone, title, children }: { tone: 'success' | 'warning' | 'danger' | 'info'; title: string; children?: ReactNode }) {
  const colours = {
    success: 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
    warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
    danger: 'border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100',
    info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
  }[tone];
  return (
    <div role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'} className={`space-y-1 rounded border px-4 py-3 text-sm ${colours}`}>
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}
