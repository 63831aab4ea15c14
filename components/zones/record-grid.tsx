'use client';

import { type MouseEvent, memo } from 'react';
import { SortHeader, useVirtualGrid } from '@/components/data-table/virtual-grid';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';
import { type RecordRow, type RecordSort, type RecordSortKey, recordName, recordValue } from './record-order';

const ROW = 36;
const GRID = 'grid grid-cols-[2.5rem_minmax(8rem,1.2fr)_5rem_5rem_minmax(14rem,3fr)_5rem_minmax(10rem,2fr)_8.5rem] items-start gap-2 px-2';
const COLUMNS: { key: RecordSortKey | null; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'type', label: 'Type' },
  { key: 'priority', label: 'Priority' },
  { key: 'value', label: 'Value' },
  { key: 'ttl', label: 'TTL' },
  { key: null, label: 'Problems' },
  { key: null, label: 'Actions' },
];

interface RowProps {
  row: RecordRow;
  position: number;
  selected: boolean;
  active: boolean;
  disabled: boolean;
  onToggle: (position: number, range: boolean) => void;
  onEdit: (index: number) => void;
  onDelete: (indexes: number[]) => void;
}

/** Memoised: an edit or a scroll re-renders only the rows whose record, problems or state changed. */
const Row = memo(function Row({ row, position, selected, active, disabled, onToggle, onEdit, onDelete }: RowProps) {
  const r = row.record;
  const name = recordName(r);
  return (
    <div
      role="row"
      id={`record-row-${position}`}
      aria-rowindex={position + 2}
      aria-selected={selected}
      className={cn(GRID, 'min-h-9 border-b border-zinc-100 py-1.5 text-sm dark:border-zinc-800', selected && 'bg-sky-50 dark:bg-sky-950/40', active && 'outline outline-2 -outline-offset-2 outline-sky-500')}
    >
      <div role="gridcell">
        <input type="checkbox" aria-label={`Select ${name}`} checked={selected} tabIndex={-1} onClick={(e: MouseEvent<HTMLInputElement>) => onToggle(position, e.shiftKey)} onChange={() => {}} />
      </div>
      <div role="gridcell" className="break-all font-mono">{r.label}</div>
      <div role="gridcell">{r.type}</div>
      <div role="gridcell" className="tabular-nums">{r.weight === undefined ? r.priority : `${r.priority}/${r.weight}`}</div>
      <div role="gridcell" className="break-all font-mono text-xs">{recordValue(r)}</div>
      <div role="gridcell" className="tabular-nums">{r.ttl}</div>
      <div role="gridcell">
        {row.problems.length > 0 ? (
          <ul className="text-xs text-red-700 dark:text-red-400">
            {row.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div role="gridcell" className="flex gap-1">
        <Button size="sm" variant="secondary" tabIndex={-1} disabled={disabled} aria-label={`Edit ${name}`} onClick={() => onEdit(row.index)}>
          Edit
        </Button>
        <Button size="sm" variant="secondary" tabIndex={-1} disabled={disabled} aria-label={`Delete ${name}`} onClick={() => onDelete([row.index])}>
          Delete
        </Button>
      </div>
    </div>
  );
});

interface Props {
  rows: RecordRow[];
  sort: RecordSort;
  onSort: (key: RecordSortKey) => void;
  isSelected: (index: number) => boolean;
  allSelected: boolean;
  onToggle: (position: number, range: boolean) => void;
  onToggleAll: () => void;
  disabled: boolean;
  onEdit: (index: number) => void;
  onDelete: (indexes: number[]) => void;
}

/**
 * The records as a virtualized grid (only the rows on screen are in the DOM, so 5,000 records cost what 30 do): rows
 * grow with long values and problems and are measured as they render. Arrows, Page Up/Down, Home and End move;
 * Space selects (Shift for a range); Enter edits; Delete deletes the record.
 */
export function RecordGrid({ rows, sort, onSort, isSelected, allSelected, onToggle, onToggleAll, disabled, onEdit, onDelete }: Props) {
  const { scrollRef, virtualizer, current, onKeyDown } = useVirtualGrid({
    count: rows.length,
    rowHeight: ROW,
    overscan: 8,
    initialRows: 14,
    getItemKey: (i) => rows[i]?.index ?? i,
    actions: (at, e) => {
      const row = rows[at];
      return {
        ' ': () => onToggle(at, e.shiftKey),
        Enter: () => row && !disabled && onEdit(row.index),
        Delete: () => row && !disabled && onDelete([row.index]),
      };
    },
    // A row's Edit and Delete buttons take their own keys.
    ownKeysOnly: true,
  });

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label="Records"
      aria-rowcount={rows.length + 1}
      aria-multiselectable
      aria-activedescendant={rows.length > 0 ? `record-row-${current}` : undefined}
      aria-describedby="record-grid-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="max-h-[32rem] overflow-auto rounded-md border border-zinc-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="min-w-[62rem]">
        <div role="row" aria-rowindex={1} className={cn(GRID, 'sticky top-0 z-10 h-9 items-center border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400')}>
          <div role="columnheader">
            <input type="checkbox" aria-label="Select all shown records" checked={allSelected} onChange={onToggleAll} disabled={rows.length === 0} />
          </div>
          {COLUMNS.map(({ key, label }) =>
            key ? (
              <SortHeader key={key} label={label} sorted={sort.key === key} dir={sort.dir} onSort={() => onSort(key)} />
            ) : (
              <div key={label} role="columnheader">
                {label}
              </div>
            ),
          )}
        </div>
        {rows.length === 0 ? <p className="p-6 text-sm text-zinc-500">No records.</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index] as RecordRow;
            return (
              <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start - ROW}px)` }}>
                <Row row={row} position={v.index} selected={isSelected(row.index)} active={v.index === current} disabled={disabled} onToggle={onToggle} onEdit={onEdit} onDelete={onDelete} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
