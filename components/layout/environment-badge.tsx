import type { Environment } from '@/lib/env/schema';
import { cn } from '@/lib/utils/cn';

const LABELS: Record<Environment, string> = {
  sandbox: 'Sandbox',
  ote: 'OT&E',
  production: 'Production',
  custom: 'Custom DMAPI',
};

const STYLES: Record<Environment, string> = {
  sandbox: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-900/40 dark:text-amber-200 dark:ring-amber-700',
  ote: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-900/40 dark:text-sky-200 dark:ring-sky-700',
  production: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-900/40 dark:text-rose-200 dark:ring-rose-700',
  custom: 'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-900/40 dark:text-violet-200 dark:ring-violet-700',
};

/** Always-visible marker of which DMAPI this panel talks to, so nobody mistakes a test for production. */
export function EnvironmentBadge({ environment, className }: { environment: Environment; className?: string }) {
  return (
    <span
      role="status"
      aria-label={`Environment: ${LABELS[environment]}`}
      data-environment={environment}
      className={cn(
        'inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ring-1 ring-inset',
        STYLES[environment],
        className,
      )}
    >
      {LABELS[environment]}
    </span>
  );
}

export function environmentLabel(environment: Environment) {
  return LABELS[environment];
}
