'use client';

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode, Suspense } from 'react';

interface State {
  failed: boolean;
}

/**
 * For a small live figure (the header's balance, the navigation's pending count): when it cannot be read it shows
 * nothing instead of an error, and tries again after `retryMs` (the rest of the page never notices). `onRetry` runs
 * first: react-query's error reset, so that the query is read again instead of throwing its old error.
 */
export class QuietBoundary extends Component<{ children: ReactNode; retryMs?: number; onRetry?: () => void }, State> {
  override state: State = { failed: false };
  #timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.props.onRetry?.();
      this.setState({ failed: false });
    }, this.props.retryMs ?? 60_000);
  }

  override componentWillUnmount() {
    clearTimeout(this.#timer);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A small live figure read from a query the server started (lib/query/server.tsx): nothing until its answer is in
 * (Suspense, streamed by the server), nothing when it cannot be read, and another try after `retryMs`.
 */
export function QuietFigure({ children, retryMs }: { children: ReactNode; retryMs?: number }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <QuietBoundary onRetry={reset} {...(retryMs === undefined ? {} : { retryMs })}>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}
