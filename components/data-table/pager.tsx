'use client';

import { Button } from '@/components/ui/button';

export interface PagerProps {
  pageIndex: number;
  /** Unknown when the server does not say how many rows there are. */
  pageCount: number | undefined;
  canPrevious: boolean;
  canNext: boolean;
  onPage: (index: number) => void;
  summary: string;
  /** The table's name, for the navigation landmark. */
  label: string;
}

/** Previous / next and "page N of M", as a labelled navigation landmark. Hidden when everything fits on one page. */
export function Pager({ pageIndex, pageCount, canPrevious, canNext, onPage, summary, label }: PagerProps) {
  const single = !canPrevious && !canNext;
  return (
    <nav aria-label={`${label} pages`} className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      <span className="tabular-nums">{summary}</span>
      {single ? null : (
        <>
          <span className="tabular-nums">
            page {pageIndex + 1}
            {pageCount !== undefined ? ` of ${pageCount}` : ''}
          </span>
          <Button size="sm" variant="secondary" disabled={!canPrevious} onClick={() => onPage(pageIndex - 1)}>
            Previous
          </Button>
          <Button size="sm" variant="secondary" disabled={!canNext} onClick={() => onPage(pageIndex + 1)}>
            Next
          </Button>
        </>
      )}
    </nav>
  );
}
