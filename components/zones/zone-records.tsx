'use client';

import { useMemo, useState } from 'react';
import { type ColumnDef, DataTable, type RowSelectionState } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { RECORD_TYPES, type ZoneRecord } from '@/lib/zone';

export interface RecordRow {
  index: number;
  record: ZoneRecord;
  /** Problems of this record: the zone rules, and Joker's Error lines of a refused save. */
  problems: string[];
}

interface Props {
  rows: RecordRow[];
  disabled: boolean;
  onEdit: (index: number) => void;
  onDelete: (indexes: number[]) => void;
}

const value = (r: ZoneRecord) => [r.caaTag, r.target, ...r.params.filter(Boolean)].filter(Boolean).join(' ');

/**
 * The zone's records, sorted by name and type, searchable and filterable by type, paged (5,000 records stay quick):
 * edit or delete one, or select several and delete them. Each record's problems show on its row.
 */
export function ZoneRecords({ rows, disabled, onEdit, onDelete }: Props) {
  const [type, setType] = useState('');
  const [selected, setSelected] = useState<RowSelectionState>({});
  const shown = useMemo(() => (type ? rows.filter((r) => r.record.type === type) : rows), [rows, type]);
  const columns = useMemo<ColumnDef<RecordRow, unknown>[]>(
    () => [
      { id: 'label', header: 'Name', accessorFn: (r) => `${r.record.label === '@' ? '' : r.record.label}\u0000${r.record.type}`, cell: ({ row }) => <span className="font-mono">{row.original.record.label}</span> },
      { id: 'type', header: 'Type', accessorFn: (r) => r.record.type },
      { id: 'priority', header: 'Priority', accessorFn: (r) => r.record.priority, cell: ({ row }) => (row.original.record.weight === undefined ? row.original.record.priority : `${row.original.record.priority}/${row.original.record.weight}`) },
      { id: 'value', header: 'Value', accessorFn: (r) => value(r.record), cell: ({ row }) => <span className="break-all font-mono text-xs">{value(row.original.record)}</span> },
      { id: 'ttl', header: 'TTL', accessorFn: (r) => r.record.ttl },
      {
        id: 'problems',
        header: 'Problems',
        accessorFn: (r) => r.problems.join(' '),
        cell: ({ row }) =>
          row.original.problems.length > 0 ? (
            <ul className="text-xs text-red-700 dark:text-red-400">
              {row.original.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null,
      },
      {
        id: 'actions',
        header: 'Actions',
        enableSorting: false,
        cell: ({ row }) => {
          const name = `${row.original.record.label} ${row.original.record.type} ${row.original.record.target}`;
          return (
            <span className="flex gap-1">
              <Button size="sm" variant="secondary" disabled={disabled} aria-label={`Edit ${name}`} onClick={() => onEdit(row.original.index)}>
                Edit
              </Button>
              <Button size="sm" variant="secondary" disabled={disabled} aria-label={`Delete ${name}`} onClick={() => onDelete([row.original.index])}>
                Delete
              </Button>
            </span>
          );
        },
      },
    ],
    [disabled, onEdit, onDelete],
  );
  const chosen = Object.keys(selected).filter((k) => selected[k]).map(Number);
  return (
    <DataTable
      label="Records"
      columns={columns}
      data={shown}
      getRowId={(r) => String(r.index)}
      search={{ label: 'Search records', placeholder: 'name, value…' }}
      pageSize={100}
      initialSorting={[{ id: 'label', desc: false }]}
      empty="No records."
      selection={{ selected, onChange: setSelected, rowLabel: (r) => `${r.record.label} ${r.record.type} ${r.record.target}` }}
      toolbar={
        <>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Type</span>
            <select value={type} onChange={(e) => setType(e.target.value)} className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
              <option value="">All types</option>
              {RECORD_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <Button
            size="sm"
            variant="secondary"
            disabled={disabled || chosen.length === 0}
            onClick={() => {
              onDelete(chosen);
              setSelected({});
            }}
          >
            Delete selected ({chosen.length})
          </Button>
        </>
      }
    />
  );
}
