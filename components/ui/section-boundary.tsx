'use client';

import { Component, type ReactNode } from 'react';
import { SectionFailure } from './section-failure';

interface State {
  failed: boolean;
}

/**
 * Keeps an unexpected failure of one streamed section inside that section: the rest of the page keeps working, and
 * "Try again" renders the section anew (after `onRetry`: react-query's error reset, for a section that reads a query
 * under Suspense). Expected failures (the DMAPI away, a refusal) are worded by the section itself
 * (lib/failure/settle.ts); this catches what is left.
 */
export class SectionBoundary extends Component<{ label: string; children: ReactNode; onRetry?: () => void }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <SectionFailure
        failure={{ code: 'failed', error: `This part of the page (${this.props.label}) could not be loaded.`, next: 'Try again; the rest of the page is not affected.' }}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ failed: false });
        }}
      />
    );
  }
}
