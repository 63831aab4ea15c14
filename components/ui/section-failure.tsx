'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { FailureNotice } from '@/components/form/failure-notice';
import type { Failure } from '@/lib/failure/types';

/**
 * A part of a page that could not be loaded, in the words of lib/failure, with "Try again" re-rendering the page's
 * server parts (the rest of the page stays as it is). Used by <Streamed>'s boundary and by sections that catch their
 * own expected failures (lib/failure/settle.ts).
 */
export function SectionFailure({ failure, onRetry }: { failure: Failure; onRetry?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(() => {
      onRetry?.();
      router.refresh();
    });
  const withRetry: Failure = failure.fix ? failure : { ...failure, fix: { label: 'Try again', action: 'retry' } };
  return (
    <div aria-busy={pending || undefined}>
      <FailureNotice failure={withRetry} onFix={(action) => (action === 'retry' ? retry() : undefined)} />
    </div>
  );
}
