'use client';

import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format';
import { RECORD_TYPES } from '@/lib/zone';
import { orderRecords, type RecordRow, type RecordSort, type RecordSortKey } from './record-order';
import { RecordGrid } from './record-grid';

export type { RecordRow } from './record-order';

interface Props {
  rows: RecordRow[];
  disabled: boolean;
  onEdit: (index: number) => void;
  onDelete: (indexes: number[]) => void;
}

const field = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * The zone's records: grouped by name and sorted (by any column), searchable and filterable by type, virtualized
 * (RecordGrid); edit or delete one, or select several and delete them. Each record's problems show on its row.
 * Selection is by record; a delete renumbers the records, so it clears the selection.
 */
export function ZoneRecords({ rows, disabled, onEdit, onDelete }: Props) {
  const typeId = useId();
  const [type, setType] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<RecordSort>({ key: 'name', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState(0);
  // Typing in the search box stays quick on 5,000 records: the list follows a moment later.
  const query = useDeferredValue(search);
  const shown = useMemo(() => orderRecords(rows, { type, search: query, sort }), [rows, type, query, sort]);
  const allSelected = shown.length > 0 && shown.every((r) => selected.has(r.index));

  const onToggle = useCallback(
    (position: number, range: boolean) => {
      const picked = range ? shown.slice(Math.min(anchor, position), Math.max(anchor, position) + 1) : shown.slice(position, position + 1);
      const on = !selected.has(shown[position]?.index ?? -1);
      const next = new Set(selected);
      for (const r of picked) {
        if (on) next.add(r.index);
        else next.delete(r.index);
      }
      setSelected(next);
      setAnchor(position);
    },
    [shown, selected, anchor],
  );
  const onToggleAll = () => setSelected(allSelected ? new Set() : new Set(shown.map((r) => r.index)));
  const onSort = (key: RecordSortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const deleteOne = useCallback(
    (indexes: number[]) => {
      onDelete(indexes);
      setSelected(new Set());
    },
    [onDelete],
  );
  const chosen = rows.filter((r) => selected.has(r.index)).map((r) => r.index);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Search records</span>
          <input type="search" value={search} placeholder="name, value…" onChange={(e) => setSearch(e.target.value)} className={`${field} w-64 max-w-full`} />
        </label>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={typeId} className="font-medium">
            Type
          </label>
          <select id={typeId} value={type} onChange={(e) => setType(e.target.value)} className={field}>
            <option value="">All types</option>
            {RECORD_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <Button size="sm" variant="secondary" disabled={disabled || chosen.length === 0} onClick={() => deleteOne(chosen)}>
          Delete selected ({chosen.length})
        </Button>
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {shown.length === rows.length ? `${formatCount(rows.length)} records` : `${formatCount(shown.length)} of ${formatCount(rows.length)} records shown`}
        </p>
      </div>
      <p id="record-grid-keys" className="text-xs text-zinc-500">
        In the table: arrow keys move, Space selects (Shift for a range), Enter edits, Delete removes the record.
      </p>
      <RecordGrid
        rows={shown}
        sort={sort}
        onSort={onSort}
        isSelected={(index) => selected.has(index)}
        allSelected={allSelected}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        disabled={disabled}
        onEdit={onEdit}
        onDelete={deleteOne}
      />
    </div>
  );
}
