'use client';

import Link from '@/components/ui/link';
import { type MouseEvent, memo } from 'react';
import { SortHeader, useVirtualGrid } from '@/components/data-table/virtual-grid';
import { daysUntil, type PortfolioFilters, type SortKey } from '@/lib/portfolio/filter';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { cn } from '@/lib/utils/cn';
import { formatDate } from '@/lib/format';

const ROW = 36;
export const GRID = 'grid grid-cols-[2.5rem_minmax(14rem,2fr)_5rem_12rem_10rem_10rem_6rem_4rem_4.5rem] items-center gap-2 px-2';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'domain', label: 'Domain' },
  { key: 'tld', label: 'TLD' },
  { key: 'expires', label: 'Expiration' },
  { key: 'status', label: 'Status' },
  { key: 'privacy', label: 'Privacy' },
  { key: 'role', label: 'Your role' },
  { key: 'grants', label: 'Grants' },
  { key: 'invitations', label: 'Invited' },
];

function expiresText(ms: number, now: number): string {
  if (!ms) return '';
  const d = daysUntil(ms, now);
  if (d < 0) return `expired ${-d} d ago`;
  return d === 0 ? 'today' : `in ${d} days`;
}

interface RowProps {
  row: PortfolioRow;
  index: number;
  now: number;
  selected: boolean;
  active: boolean;
  onToggle: (index: number, range: boolean) => void;
}

/** Memoised: scrolling re-renders only the rows that come into view. */
const Row = memo(function Row({ row, index, now, selected, active, onToggle }: RowProps) {
  const days = row.expires ? daysUntil(row.expires, now) : Infinity;
  return (
    <div
      role="row"
      id={`domain-row-${index}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={cn(GRID, 'h-9 border-b border-zinc-100 text-sm dark:border-zinc-800', selected && 'bg-sky-50 dark:bg-sky-950/40', active && 'outline outline-2 -outline-offset-2 outline-sky-500')}
    >
      <div role="gridcell">
        <input
          type="checkbox"
          aria-label={`Select ${row.display}`}
          checked={selected}
          tabIndex={-1}
          onClick={(e: MouseEvent<HTMLInputElement>) => onToggle(index, e.shiftKey)}
          onChange={() => {}}
        />
      </div>
      <div role="gridcell" className="truncate">
        <Link href={`/domains/${encodeURIComponent(row.domain)}`} tabIndex={-1} className="hover:underline" title={row.display !== row.domain ? row.domain : undefined}>
          {row.display}
        </Link>
      </div>
      <div role="gridcell" className="text-zinc-500">.{row.tld}</div>
      <div role="gridcell" className={cn('tabular-nums', days < 0 ? 'text-rose-700 dark:text-rose-400' : days <= 30 ? 'text-amber-700 dark:text-amber-400' : '')}>
        {formatDate(row.expires)} <span className="text-xs text-zinc-500">{expiresText(row.expires, now)}</span>
      </div>
      <div role="gridcell" className="flex gap-1 text-xs">
        {row.locked ? <span className="rounded bg-zinc-200 px-1 dark:bg-zinc-700">lock</span> : null}
        {row.autorenew ? <span className="rounded bg-emerald-100 px-1 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200">autorenew</span> : null}
        {!row.production ? <span className="rounded bg-amber-100 px-1 text-amber-900">inactive</span> : null}
      </div>
      <div role="gridcell" className="text-xs">
        {row.privacy === 'none' ? <span className="text-zinc-500">none</span> : `${row.privacy}${row.privacyExpires ? ` · ${formatDate(row.privacyExpires)}` : ''}`}
      </div>
      <div role="gridcell" className="truncate text-xs" title={row.grants.length > 0 ? 'Another account shared this domain with you' : 'Your own domain'}>
        {row.grants.length > 0 ? row.grants.join(', ') : <span className="text-zinc-500">holder</span>}
      </div>
      <div role="gridcell" className="text-xs tabular-nums">
        {row.confirmedGrants > 0 ? row.confirmedGrants : <span className="text-zinc-500">—</span>}
      </div>
      <div role="gridcell" className="text-xs tabular-nums">
        {row.pendingInvitations === null ? <span className="text-zinc-500" title="Joker.com did not count the invitations">?</span> : row.pendingInvitations > 0 ? row.pendingInvitations : <span className="text-zinc-500">—</span>}
      </div>
    </div>
  );
});

interface Props {
  rows: PortfolioRow[];
  now: number;
  filters: PortfolioFilters;
  onSort: (key: SortKey) => void;
  isSelected: (row: PortfolioRow) => boolean;
  onToggle: (index: number, range: boolean) => void;
  onToggleAll: () => void;
  allSelected: boolean;
  onOpen: (row: PortfolioRow) => void;
  /** Bumps when the selection changes, so memoised rows re-render. */
  selectionVersion: number;
  /** Only the server's first screen is shown; the whole list is on its way. */
  busy?: boolean;
}

/** The virtualized list: only the rows on screen exist in the DOM; arrows move, Space selects, Enter opens. */
export function DomainTable({ rows, now, filters, onSort, isSelected, onToggle, onToggleAll, allSelected, onOpen, selectionVersion, busy = false }: Props) {
  const { scrollRef, virtualizer, current, onKeyDown } = useVirtualGrid({
    count: rows.length,
    rowHeight: ROW,
    overscan: 12,
    // Enough rows for a tall screen: the server renders the first screen with them.
    initialRows: 30,
    actions: (at, e) => ({
      ' ': () => onToggle(at, e.shiftKey),
      Enter: () => {
        const row = rows[at];
        if (row) onOpen(row);
      },
    }),
  });

  return (
    // One scroll box for both directions (focusable, so it scrolls from the keyboard): a phone scrolls sideways to
    // the last column instead of cutting it off, and the header row sticks to the top.
    <div
      ref={scrollRef}
      role="grid"
      aria-label="Domains"
      aria-rowcount={rows.length + 1}
      aria-multiselectable
      aria-busy={busy}
      aria-activedescendant={rows.length > 0 ? `domain-row-${current}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="domain-scroll"
      className="h-[calc(100vh-17rem)] min-h-64 overflow-auto rounded-md border border-zinc-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="min-w-[70rem]">
        <div
          role="row"
          aria-rowindex={1}
          className={cn(GRID, 'sticky top-0 z-10 h-9 border-b border-zinc-200 bg-white text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400')}
        >
          <div role="columnheader">
            <input type="checkbox" aria-label="Select all filtered domains" checked={allSelected} onChange={onToggleAll} disabled={rows.length === 0} />
          </div>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} label={c.label} sorted={filters.sort === c.key} dir={filters.dir} onSort={() => onSort(c.key)} />
          ))}
        </div>
        {rows.length === 0 ? <p className="p-6 text-sm text-zinc-500">No domains match these filters.</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-selection={selectionVersion}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index] as PortfolioRow;
            return (
              <div key={v.index} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start - ROW}px)` }}>
                <Row row={row} index={v.index} now={now} selected={isSelected(row)} active={v.index === current} onToggle={onToggle} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
