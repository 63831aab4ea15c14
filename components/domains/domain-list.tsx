'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';
import type { Selection } from '@/lib/jobs/request';
import { portfolioCsv } from '@/lib/portfolio/csv';
import { filterRows, narrowingFilter, type PortfolioFilters, type SortKey, sortRows } from '@/lib/portfolio/filter';
import type { PortfolioPreview, PortfolioRow } from '@/lib/portfolio/types';
import { filtersFromParams, filtersToQuery } from '@/lib/portfolio/url-state';
import { BulkBar, type BulkPermissions } from './bulk-bar';
import { DomainTable } from './domain-table';
import { FilterBar } from './filter-bar';
import { usePortfolio } from './use-portfolio';

const MAX_EXPLICIT = 5000;
/** How long typing in the filter box pauses before the URL is written. */
const URL_WRITE_DELAY_MS = 250;
const EMPTY: ReadonlySet<number> = new Set();
const NO_ROWS: PortfolioRow[] = [];
const NO_TLDS: string[] = [];

/**
 * The list's last sort and filter, kept beyond one mount: Back to the list mounts it anew with the same rows
 * (use-portfolio.ts keeps them per payload), and sorting and filtering 100,000 rows again costs a frame or two.
 */
let lastSort: { rows: readonly PortfolioRow[]; key: SortKey; dir: 'asc' | 'desc'; sorted: PortfolioRow[] } | undefined;
function sortedView(rows: readonly PortfolioRow[], key: SortKey, dir: 'asc' | 'desc'): PortfolioRow[] {
  // Kept in the browser only: on the server this module serves every user's request.
  if (typeof window === 'undefined') return sortRows(rows, key, dir);
  if (lastSort?.rows !== rows || lastSort.key !== key || lastSort.dir !== dir) lastSort = { rows, key, dir, sorted: sortRows(rows, key, dir) };
  return lastSort.sorted;
}
const browserFilter = narrowingFilter();
const filterView: typeof browserFilter = (rows, f, now) => (typeof window === 'undefined' ? filterRows(rows, f, now) : browserFilter(rows, f, now));

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The portfolio list: filters in the URL, sort, virtualized rows, selection and bulk actions, CSV, refresh. Until the
 * whole list is here it shows the server's first screen (`preview`), marked busy.
 */
export function DomainList({ permissions, preview }: { permissions: BulkPermissions; preview?: PortfolioPreview }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const portfolio = usePortfolio();
  const { isFetching, error, refetch, refresh } = portfolio;
  const full = portfolio.data !== undefined;
  const rows = full ? portfolio.rows : (preview?.rows ?? NO_ROWS);
  const tlds = full ? portfolio.tlds : (preview?.tlds ?? NO_TLDS);
  const readAt = full ? portfolio.readAt : (preview?.at ?? 0);
  const [filters, setFilters] = useState<PortfolioFilters>(() => filtersFromParams(searchParams));
  // The selection belongs to one read of the list: row ids are positions, so a refresh starts from nothing.
  const [selection_, setSelection] = useState<{ of: PortfolioRow[]; ids: Set<number> }>(() => ({ of: [], ids: new Set() }));
  const selected = selection_.of === rows ? selection_.ids : EMPTY;
  const [version, setVersion] = useState(0);
  const anchor = useRef<number | null>(null);

  // "Now" is when the list was read, so expiry filters stay stable while the view is open.
  const now = readAt;
  const sorted = useMemo(() => sortedView(rows, filters.sort, filters.dir), [rows, filters.sort, filters.dir]);
  const visible = useMemo(() => filterView(sorted, filters, now), [sorted, filters, now]);

  // The URL follows the filters (a bookmark or Back brings the view back) with replaceState, not a router
  // navigation: a keystroke must not re-render the server page. Typing writes it once the typing pauses: each write
  // costs the browser's history and Next's router a render, which a keystroke at 100,000 domains cannot afford. A
  // pending write goes out at once before anything can leave the page (a pointer press, Enter, the page being
  // hidden) and is dropped when the list is left (Back) before it was made.
  const pendingUrl = useRef<{ timer: ReturnType<typeof setTimeout>; path: string; query: string } | null>(null);
  const writeUrl = useCallback(() => {
    const pending = pendingUrl.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pendingUrl.current = null;
    // Never onto another page's entry (a navigation that came first).
    if (window.location.pathname !== pending.path || window.location.search === pending.query) return;
    window.history.replaceState(null, '', `${pending.path}${pending.query}`);
  }, []);
  useEffect(() => {
    const beforeLeaving = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      writeUrl();
    };
    const dropPending = () => {
      if (pendingUrl.current) clearTimeout(pendingUrl.current.timer);
      pendingUrl.current = null;
    };
    document.addEventListener('pointerdown', beforeLeaving, true);
    document.addEventListener('keydown', beforeLeaving, true);
    window.addEventListener('pagehide', writeUrl);
    window.addEventListener('popstate', dropPending);
    return () => {
      document.removeEventListener('pointerdown', beforeLeaving, true);
      document.removeEventListener('keydown', beforeLeaving, true);
      window.removeEventListener('pagehide', writeUrl);
      window.removeEventListener('popstate', dropPending);
      dropPending();
    };
  }, [writeUrl]);

  const applyFilters = useCallback(
    (next: PortfolioFilters) => {
      // Only the text changed: the URL waits for the typing to pause; anything else is written at once.
      const typing = (Object.keys(next) as (keyof PortfolioFilters)[]).every((k) => k === 'q' || next[k] === filters[k]);
      setFilters(next);
      if (pendingUrl.current) clearTimeout(pendingUrl.current.timer);
      pendingUrl.current = { path: window.location.pathname, query: filtersToQuery(next), timer: setTimeout(writeUrl, URL_WRITE_DELAY_MS) };
      if (!typing) writeUrl();
    },
    [filters, writeUrl],
  );

  const changeSelection = useCallback(
    (next: Set<number>) => {
      setSelection({ of: rows, ids: next });
      setVersion((v) => v + 1);
    },
    [rows],
  );

  const onToggle = useCallback(
    (index: number, range: boolean) => {
      const row = visible[index];
      if (!row) return;
      const next = new Set(selected);
      if (range && anchor.current !== null) {
        const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
        for (let k = from; k <= to; k++) next.add((visible[k] as PortfolioRow).i);
      } else if (next.has(row.i)) next.delete(row.i);
      else next.add(row.i);
      anchor.current = index;
      changeSelection(next);
    },
    [visible, selected, changeSelection],
  );

  const allSelected = visible.length > 0 && selected.size >= visible.length && visible.every((r) => selected.has(r.i));
  const onToggleAll = () => changeSelection(allSelected ? new Set() : new Set(visible.map((r) => r.i)));

  /** What the server action receives: names, or the filter (plus exclusions) when the selection is large. */
  const selection = (): Selection | string => {
    if (allSelected) return { mode: 'filter', query: filtersToQuery(filters).slice(1), exclude: [] };
    if (selected.size <= MAX_EXPLICIT) return { mode: 'domains', domains: rows.filter((r) => selected.has(r.i)).map((r) => r.domain) };
    const visibleIds = new Set(visible.map((r) => r.i));
    const outside = [...selected].some((i) => !visibleIds.has(i));
    const exclude = visible.filter((r) => !selected.has(r.i)).map((r) => r.domain);
    if (outside || exclude.length > MAX_EXPLICIT) {
      return `Select at most ${MAX_EXPLICIT.toLocaleString('en')} domains one by one, or use "select all" on a filtered view.`;
    }
    return { mode: 'filter', query: filtersToQuery(filters).slice(1), exclude };
  };

  const onSort = (key: SortKey) =>
    applyFilters({ ...filters, sort: key, dir: filters.sort === key && filters.dir === 'asc' ? 'desc' : 'asc' });

  if (error) {
    return (
      <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-4 text-sm text-rose-900">
        {error.message}{' '}
        <button type="button" className="underline" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <FilterBar
        filters={filters}
        tlds={tlds}
        onChange={applyFilters}
        onRefresh={() =>
          void refresh().then(
            () => toast.success('Domain list read again from Joker.com'),
            (e: Error) => toast.error(e.message),
          )
        }
        refreshing={isFetching}
        onExport={() => download(`domains-${new Date().toISOString().slice(0, 10)}.csv`, portfolioCsv(visible))}
        shown={full ? visible.length : preview && filtersToQuery(filters) === preview.query ? preview.shown : undefined}
        total={full ? rows.length : preview?.total}
        readAt={readAt}
        partial={!full}
      />
      <BulkBar count={selected.size} permissions={permissions} selection={selection} onClear={() => changeSelection(new Set())} />
      {!full && !preview ? (
        <p role="status" className="p-6 text-sm text-zinc-500">
          Loading the portfolio…
        </p>
      ) : (
        <DomainTable
          rows={visible}
          now={now}
          filters={filters}
          onSort={onSort}
          isSelected={(r) => selected.has(r.i)}
          onToggle={onToggle}
          onToggleAll={onToggleAll}
          allSelected={allSelected}
          onOpen={(r) => router.push(`/domains/${encodeURIComponent(r.domain)}`)}
          selectionVersion={version}
          busy={!full}
        />
      )}
    </div>
  );
}
