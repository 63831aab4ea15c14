'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

/** What a key does in a grid, by `KeyboardEvent.key`. */
export type GridKeys = Partial<Record<string, () => void>>;

interface Options {
  count: number;
  /** A row's height (px), as estimated before it is measured; also the sticky header's and a page's step. */
  rowHeight: number;
  overscan: number;
  /** Rows the virtualizer assumes on screen before it can measure (on the server). */
  initialRows: number;
  /** Stable keys for rows that move (a sorted, edited list), so measured heights follow their rows. */
  getItemKey?: (index: number) => number | string;
  /** The grid's own keys (Space, Enter, Delete…) for the row at `current`, besides the moves every grid has. */
  actions: (current: number, event: KeyboardEvent<HTMLDivElement>) => GridKeys;
  /** Keys pressed in a control inside a row (a button, a checkbox) are that control's, not the grid's. */
  ownKeysOnly?: boolean;
}

/**
 * A virtualized grid with a sticky header row inside its one scroll box: only the rows on screen are in the DOM. The
 * keyboard works the same in every such grid: arrows, Page Up/Down, Home and End move the active row (scrolled into
 * view); `actions` adds what the grid does with it. The grid element takes `scrollRef`, `onKeyDown`, `tabIndex={0}`
 * and `aria-activedescendant` for `current`.
 */
export function useVirtualGrid({ count, rowHeight, overscan, initialRows, getItemKey, actions, ownKeysOnly = false }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The virtualizer's functions change identity as it measures; the rule only warns that they are not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    ...(getItemKey ? { getItemKey } : {}),
    overscan,
    initialRect: { width: 1200, height: rowHeight * initialRows },
    // The sticky header row sits above the rows inside the same scroll box.
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
  });
  const current = Math.min(active, Math.max(count - 1, 0));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0 || (ownKeysOnly && event.target !== event.currentTarget)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const keys: GridKeys = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + page),
      PageUp: () => move(current - page),
      Home: () => move(0),
      End: () => move(count - 1),
      ...actions(current, event),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  return { scrollRef, virtualizer, current, onKeyDown };
}

/** A sortable column's header cell: its button sorts, `aria-sort` and an arrow say how it is sorted now. */
export function SortHeader({ label, sorted, dir, onSort }: { label: ReactNode; sorted: boolean; dir: 'asc' | 'desc'; onSort: () => void }) {
  return (
    <div role="columnheader" aria-sort={sorted ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-zinc-100" onClick={onSort}>
        {label}
        {sorted ? dir === 'asc' ? <ArrowUp className="size-3" aria-hidden /> : <ArrowDown className="size-3" aria-hidden /> : null}
      </button>
    </div>
  );
}
