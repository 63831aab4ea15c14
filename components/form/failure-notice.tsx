'use client';

import Link from '@/components/ui/link';
import { forwardRef } from 'react';
import { Button } from '@/components/ui/button';
import type { Failure } from '@/lib/failure/types';
import { cn } from '@/lib/utils/cn';

export interface FailureNoticeProps {
  failure: Failure;
  /** Runs a fix the page offers (e.g. `unlock` on the domain page, `retry`); links are followed as links. */
  onFix?: (action: NonNullable<NonNullable<Failure['fix']>['action']>) => void;
  className?: string;
}

/**
 * A failure in the panel's words: the sentence, the next step, the DMAPI's own `Error:` lines, and the fix as a button
 * or link. role=alert so it is announced; focusable so forms can move focus to it.
 */
export const FailureNotice = forwardRef<HTMLDivElement, FailureNoticeProps>(function FailureNotice({ failure, onFix, className }, ref) {
  const unknown = failure.code === 'outcome-unknown';
  const fix = failure.fix;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className={cn(
        'rounded border px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-500',
        unknown
          ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100'
          : 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200',
        className,
      )}
    >
      <p className="font-medium">{failure.error}</p>
      {failure.next ? <p className="mt-0.5">{failure.next}</p> : null}
      {failure.dmapiErrors && failure.dmapiErrors.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-xs" aria-label="Joker.com said">
          {failure.dmapiErrors.map((line, i) => (
            <li key={`${i}-${line}`}>{line}</li>
          ))}
        </ul>
      ) : null}
      {failure.procId ? <p className="mt-1 text-xs">Proc-ID {failure.procId}</p> : null}
      {fix ? (
        <div className="mt-2">
          {fix.action && onFix && !(fix.href && fix.action === 'top-up') ? (
            <Button size="sm" variant="secondary" onClick={() => onFix(fix.action!)}>
              {fix.label}
            </Button>
          ) : fix.href ? (
            fix.href.startsWith('/') ? (
              <Link href={fix.href} className="text-xs font-medium underline">
                {fix.label}
              </Link>
            ) : (
              <a href={fix.href} className="text-xs font-medium underline" target="_blank" rel="noreferrer noopener">
                {fix.label}
              </a>
            )
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
