'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';
import type { Selection } from '@/lib/jobs/request';
import { portfolioCsv } from '@/lib/portfolio/csv';
import { narrowingFilter, type PortfolioFilters, type SortKey, sortRows } from '@/lib/portfolio/filter';
import type { PortfolioPreview, PortfolioRow } from '@/lib/portfolio/types';
import { filtersFromParams, filtersToQuery } from '@/lib/portfolio/url-state';
import { BulkBar, type BulkPermissions } from './bulk-bar';
import { DomainTable } from './domain-table';
import { FilterBar } from './filter-bar';
import { usePortfolio } from './use-portfolio';

const MAX_EXPLICIT = 5000;
const EMPTY: ReadonlySet<number> = new Set();
const NO_ROWS: PortfolioRow[] = [];
const NO_TLDS: string[] = [];

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
  const sorted = useMemo(() => sortRows(rows, filters.sort, filters.dir), [rows, filters.sort, filters.dir]);
  const [filter] = useState(narrowingFilter);
  const visible = useMemo(() => filter(sorted, filters, now), [filter, sorted, filters, now]);

  const applyFilters = useCallback((next: PortfolioFilters) => {
    setFilters(next);
    // replaceState, not router navigation: a keystroke must not re-render the server page; Next syncs useSearchParams.
    window.history.replaceState(null, '', `${window.location.pathname}${filtersToQuery(next)}`);
  }, []);

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
