import { type ReactNode, Suspense } from 'react';
import { cn } from '@/lib/utils/cn';
import { firstFlush } from '@/lib/render/first-flush.mjs';
import { SectionBoundary } from './section-boundary';

/** A grey block standing in for content that is still loading. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded bg-zinc-200/80 dark:bg-zinc-800', className)} />;
}

/**
 * A section that streams in behind a skeleton: the page is sent without waiting for it, and the section replaces its
 * fallback when its own data is there. Put each independently slow read in its own <Streamed> so the fast parts of
 * the page never wait for the slowest (docs/architecture.md, "Loading data"). A section that fails stays a failed
 * section with "Try again" (SectionBoundary); the rest of the page keeps working.
 */
export function Streamed({ label, fallback, children, className }: { label: string; fallback?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <Suspense
      fallback={
        <div role="status" aria-busy="true" aria-label={`Loading ${label}`} className={className}>
          {fallback ?? <Skeleton className="h-16 w-full" />}
        </div>
      }
    >
      <SectionBoundary label={label}>{children}</SectionBoundary>
    </Suspense>
  );
}

/** Renders its children only once the response's first bytes are out (lib/render/first-flush.mjs). */
async function AfterFirstFlush({ children }: { children: ReactNode }) {
  await firstFlush();
  return children;
}

/**
 * Content that is ready but costly to render (forms below the fold): streamed after the page's first chunk instead
 * of holding it back, so the content above it is sent and painted without waiting for its rendering.
 */
export function Deferred({ label, fallback, children }: { label: string; fallback?: ReactNode; children: ReactNode }) {
  return (
    <Streamed label={label} fallback={fallback}>
      <AfterFirstFlush>{children}</AfterFirstFlush>
    </Streamed>
  );
}
