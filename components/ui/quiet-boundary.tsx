'use client';

import { Component, type ReactNode, Suspense } from 'react';

interface State {
  failed: boolean;
}

/**
 * For a small live figure (the header's balance, the navigation's pending count): when it cannot be read it shows
 * nothing instead of an error, and tries again after `retryMs` (the rest of the page never notices).
 */
export class QuietBoundary extends Component<{ children: ReactNode; retryMs?: number }, State> {
  override state: State = { failed: false };
  #timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.setState({ failed: false }), this.props.retryMs ?? 60_000);
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
  return (
    <QuietBoundary {...(retryMs === undefined ? {} : { retryMs })}>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}
