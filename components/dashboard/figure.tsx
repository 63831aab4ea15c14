import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/** One number on the overview, linking to the filtered list behind it. */
export function Figure({ label, value, href, tone, hint }: { label: string; value: ReactNode; href?: string; tone?: 'warning' | 'danger'; hint?: string }) {
  const body = (
    <>
      <span className="block text-xs text-zinc-500">{label}</span>
      <span className={cn('block text-2xl font-semibold tabular-nums', tone === 'danger' && 'text-rose-700 dark:text-rose-400', tone === 'warning' && 'text-amber-700 dark:text-amber-400')}>
        {value}
      </span>
      {hint ? <span className="block text-xs text-zinc-500">{hint}</span> : null}
    </>
  );
  const cls = 'block rounded-md border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900';
  return href ? (
    <Link href={href} className={cn(cls, 'hover:border-sky-400')} aria-label={typeof value === 'number' || typeof value === 'string' ? `${label}: ${value}` : label}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}

export function Panel({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-md border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={id} className="border-b border-zinc-200 px-4 py-2 text-sm font-medium dark:border-zinc-800">
        {title}
      </h2>
      <div className="p-4 text-sm">{children}</div>
    </section>
  );
}

export function Unavailable({ reason }: { reason: string }) {
  return <p className="text-zinc-500">{reason}</p>;
}
