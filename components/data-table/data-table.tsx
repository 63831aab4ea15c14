'use client';

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { type ReactNode, useEffect, useEffectEvent, useState } from 'react';
import { FailureNotice } from '@/components/form/failure-notice';
import type { Failure } from '@/lib/failure/types';
import { useDebounced } from '@/lib/hooks/use-debounced';
import { cn } from '@/lib/utils/cn';
import { Pager } from './pager';
import { rowsSummary, type ServerPaging, serverPagerState } from './paging';
import { selectionColumn } from './selection-column';

/** A search the server applies to the whole list (see DataTableProps.search). */
export interface ServerSearch {
  /** The search the rows were found with. */
  applied: string;
  onSearch: (value: string) => void;
}

export interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  columns: ColumnDef<T, unknown>[];
  data: readonly T[];
  getRowId: (row: T) => string;
  isLoading?: boolean;
  failure?: Failure | null;
  onRetry?: () => void;
  /** Shown when there are no rows at all. */
  empty?: ReactNode;
  /** Shown when the search box matches nothing (default: "Nothing matches “…”."). */
  noMatch?: (query: string) => ReactNode;
  /**
   * A search box, with its label: over every column of `data` in the browser; or, with `server`, over the whole list
   * on the server (the box starts from the search applied and reports what is typed once typing pauses).
   */
  search?: { label: string; placeholder?: string; server?: ServerSearch };
  /** Client-side paging with this page size (default 50); or server paging. */
  pageSize?: number;
  serverPaging?: ServerPaging;
  /** Row selection with a checkbox column; `rowLabel` names a row for its checkbox ("Select CCOM-1"). */
  selection?: { selected: RowSelectionState; onChange: OnChangeFn<RowSelectionState>; rowLabel: (row: T) => string };
  initialSorting?: SortingState;
  /** Sorting done by the server over the whole list: the table shows `sorting` and reports header clicks. */
  serverSorting?: { sorting: SortingState; onChange: (sorting: SortingState) => void };
  /** Above the table, beside the search box (bulk actions, counts, export). */
  toolbar?: ReactNode;
  className?: string;
  /** Marks a row (e.g. a refused request); the mark must also be said in a cell, colour is not the only sign. */
  rowClassName?: (row: T) => string | undefined;
}

/**
 * THE data table (everything but the virtualized 100,000-row domain list): sort by header buttons (aria-sort), search,
 * paging (client or server), selection, and loading / failure / empty states. Scrolls sideways on narrow screens
 * instead of being cut off. Names of objects in cells should be links (`<Link href>`), so they open in a new tab.
 */
export function DataTable<T>({
  label,
  columns,
  data,
  getRowId,
  isLoading,
  failure,
  onRetry,
  empty = 'Nothing to show.',
  noMatch = (query) => `Nothing matches “${query}”.`,
  search,
  pageSize = 50,
  serverPaging,
  selection,
  initialSorting = [],
  serverSorting,
  toolbar,
  className,
  rowClassName,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState('');
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const serverSearch = search?.server;
  const [typed, setTyped] = useState(serverSearch?.applied ?? '');
  const [reported, setReported] = useState(serverSearch?.applied ?? '');
  const [seenApplied, setSeenApplied] = useState(serverSearch?.applied);
  // A search applied from elsewhere (Back and Forward move through the URL) replaces what the box holds; the box's own
  // search coming back as applied does not, so keys typed meanwhile stay.
  if (serverSearch && serverSearch.applied !== seenApplied) {
    setSeenApplied(serverSearch.applied);
    if (serverSearch.applied !== reported) {
      setTyped(serverSearch.applied);
      setReported(serverSearch.applied);
    }
  }
  const settled = useDebounced(typed.trim(), 250);
  // Reported when the typing settles, not when the applied search changes (a page that follows the URL would
  // otherwise be sent back to what the box holds).
  const reportSearch = useEffectEvent((value: string) => {
    if (!serverSearch || value === serverSearch.applied) return;
    setReported(value);
    serverSearch.onSearch(value);
  });
  useEffect(() => reportSearch(settled), [settled]);
  const allColumns = selection ? [selectionColumn<T>(selection.rowLabel), ...columns] : columns;
  // react-table returns functions that must not be memoized by the React compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    data: data as T[],
    columns: allColumns,
    getRowId,
    state: {
      sorting: serverSorting ? serverSorting.sorting : sorting,
      globalFilter,
      pagination: serverPaging ? { pageIndex: serverPaging.pageIndex, pageSize: serverPaging.pageSize } : pagination,
      ...(selection ? { rowSelection: selection.selected } : {}),
    },
    onSortingChange: serverSorting ? (next) => serverSorting.onChange(typeof next === 'function' ? next(serverSorting.sorting) : next) : setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onPaginationChange: setPagination,
    ...(selection ? { onRowSelectionChange: selection.onChange, enableRowSelection: true } : { enableRowSelection: false }),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    ...(serverPaging ? { manualPagination: true } : { getPaginationRowModel: getPaginationRowModel() }),
    manualSorting: serverSorting !== undefined,
    // A list the server sorts always has an order: a header click turns it round instead of removing it.
    enableSortingRemoval: serverSorting === undefined,
    manualFiltering: serverSearch !== undefined,
    autoResetPageIndex: true,
  });
  const rows = table.getRowModel().rows;
  const shown = serverPaging ? data.length : table.getFilteredRowModel().rows.length;
  const query = serverSearch ? serverSearch.applied : globalFilter.trim();
  const pager = serverPaging
    ? serverPagerState(serverPaging, data.length)
    : { pageCount: table.getPageCount(), canPrevious: table.getCanPreviousPage(), canNext: table.getCanNextPage(), summary: rowsSummary(shown) };
  return (
    <div className={cn('flex flex-col gap-2', className)}>
      {search || toolbar ? (
        <div className="flex flex-wrap items-end gap-2">
          {search ? (
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{search.label}</span>
              <input
                type="search"
                value={serverSearch ? typed : globalFilter}
                placeholder={search.placeholder}
                onChange={(e) => (serverSearch ? setTyped : setGlobalFilter)(e.target.value)}
                className="w-64 max-w-full rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
              />
            </label>
          ) : null}
          {toolbar}
        </div>
      ) : null}
      {failure ? (
        <FailureNotice failure={failure} onFix={onRetry ? (action) => action === 'retry' && onRetry() : undefined} />
      ) : null}
      {/* relative: screen-reader-only (absolute) text in a cell stays inside the scroll box instead of widening the page */}
      <div className="relative overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800">
        <table aria-label={label} aria-busy={isLoading || undefined} className="data-table w-full border-collapse text-sm">
          <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort() && header.column.id !== '_select';
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                      className="whitespace-nowrap border-b border-zinc-200 px-3 py-2 font-medium dark:border-zinc-800"
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 hover:underline">
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {sorted === 'asc' ? <ArrowUp aria-hidden className="h-3 w-3" /> : sorted === 'desc' ? <ArrowDown aria-hidden className="h-3 w-3" /> : <ArrowUpDown aria-hidden className="h-3 w-3 opacity-40" />}
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {isLoading && rows.length === 0
              ? Array.from({ length: 5 }, (_, i) => (
                  <tr key={`skeleton-${i}`} aria-hidden>
                    {allColumns.map((_c, j) => (
                      <td key={j} className="py-2">
                        <span className="block h-3 w-24 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
                      </td>
                    ))}
                  </tr>
                ))
              : rows.map((row) => (
                  <tr key={row.id} aria-selected={selection ? row.getIsSelected() : undefined} className={rowClassName?.(row.original)}>
                    {/* All cells: the kit hides and pins no column, and getVisibleCells would work both out for every row. */}
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
            {!isLoading && rows.length === 0 && !failure ? (
              <tr>
                <td colSpan={allColumns.length} className="border-b-0 py-6 text-center align-middle text-zinc-500">
                  {query && (serverSearch || data.length > 0) ? noMatch(query) : empty}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pager
        pageIndex={table.getState().pagination.pageIndex}
        {...pager}
        onPage={(index) => (serverPaging ? serverPaging.onPageChange(index) : table.setPageIndex(index))}
        label={label}
      />
    </div>
  );
}
