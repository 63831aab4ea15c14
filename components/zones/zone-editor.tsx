'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { diffZones, DYNDNS_PASSWORD_KEPT, parseZone, serializeZone, type ZoneRecord, type ZoneView } from '@/lib/zone';
import { DynDnsSettings } from './dyndns-settings';
import { EMPTY_RECORD, RecordForm } from './record-form';
import { useZoneDraft } from './use-zone-draft';
import { ZoneDiffList } from './zone-diff';
import { type HistoryItem, ZoneHistory } from './zone-history';
import { checkText, putErrorsByRecord } from './zone-issues';
import { buildZoneText, builtZone } from './zone-model';
import { type RecordRow, ZoneRecords } from './zone-records';
import { ZoneSave } from './zone-save';
import { ZoneTextView } from './zone-text-view';
import { ZoneTransfer } from './zone-transfer';

interface Props {
  view: ZoneView;
  customer: boolean;
  change: Permission;
  history: HistoryItem[];
  /** Whose unsaved edits this browser may show (lib/auth/zone-draft-scope.ts). */
  draftScope: string;
}

type Editing = { index: number } | 'new' | undefined;

/** One shared empty list, so a memoised row of a record without problems does not re-render on every edit. */
const NO_PROBLEMS: readonly string[] = [];

/**
 * The zone editor: one text (the DMAPI format) is the draft, kept in the browser until saved or discarded; the record
 * table, the per-type forms, the import and the restore all edit it, and every rule is checked as it changes. The
 * save is staged against the version loaded (see ZoneSave).
 */
export function ZoneEditor({ view, customer, change, history, draftScope }: Props) {
  const router = useRouter();
  const loaded = useMemo(() => serializeZone(view), [view]);
  const draft = useZoneDraft(draftScope, view.domain, loaded, view.version);
  const setDraftText = draft.setText;
  // Typing in the text view is followed a moment later (each keystroke would parse the zone again). A text the editor
  // built from its records (a form, a delete, an import) is already parsed (zone-model): it is shown in the same
  // render, not in a second deferred one, so an edit in a 5,000-record zone repaints the grid once.
  const deferredText = useDeferredValue(draft.text);
  const text = builtZone(draft.text) ? draft.text : deferredText;
  const checked = useMemo(() => checkText(text, view.domain), [text, view.domain]);
  const base = useMemo(() => parseZone(draft.baseText, { txtPadding: 'none' }), [draft.baseText]);
  const [editing, setEditing] = useState<Editing>();
  const [refused, setRefused] = useState<{ index?: number; line?: number; message: string }[]>([]);
  const [conflict, setConflict] = useState<{ theirs: ZoneView; conflicts: string[]; before: string }>();
  const [source, setSource] = useState<'editor' | 'restore' | 'import'>('editor');
  const readable = checked.parsed.errors.length === 0;
  const editable = change.allowed && readable;

  const setRecords = useCallback(
    (records: ZoneRecord[]) => {
      setRefused([]);
      setDraftText(buildZoneText(checked.parsed.directives, records));
    },
    [setDraftText, checked.parsed.directives],
  );
  const onDelete = useCallback(
    (indexes: number[]) => {
      const gone = new Set(indexes);
      setRecords(checked.parsed.records.filter((_, i) => !gone.has(i)));
    },
    [setRecords, checked.parsed.records],
  );
  const onEdit = useCallback((index: number) => setEditing({ index }), []);

  const rows = useMemo<RecordRow[]>(() => {
    const problems = new Map<number, string[]>();
    const add = (i: number | undefined, m: string) => i !== undefined && problems.set(i, [...(problems.get(i) ?? []), m]);
    for (const i of checked.issues) add(i.index, i.severity === 'warning' ? `Warning: ${i.message}` : i.message);
    for (const r of refused) add(r.index, `Joker.com: ${r.message}`);
    return checked.parsed.records.map((record, index) => ({ index, record, problems: problems.get(index) ?? NO_PROBLEMS }));
  }, [checked, refused]);

  const dyndns = checked.parsed.directives.dyndns;
  // A new form when the draft's $dyndns changes elsewhere (the text view, a restore); the key names no password.
  const dyndnsKey = `${dyndns?.enabled}:${dyndns?.user}:${dyndns?.password === DYNDNS_PASSWORD_KEPT ? 'kept' : dyndns?.password ? 'new' : 'none'}`;
  const editingRecord = editing === 'new' ? EMPTY_RECORD : editing ? checked.parsed.records[editing.index] : undefined;
  const hydrated = useHydrated();
  return (
    // data-ready once hydrated (and the kept draft read back): a click before it would be lost, so tests wait for it.
    <div className="space-y-6" data-zone-editor="" data-ready={hydrated ? '' : undefined}>
      {draft.restored ? (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 p-2 text-sm dark:border-sky-800 dark:bg-sky-950">
          Your unsaved edit of this zone was kept in this browser and is back.{' '}
          {draft.passwordDropped ? 'The DynDNS password typed in it was not kept (no password is stored in the browser): type it again, or the saved one stays. ' : null}
          <Button size="sm" variant="secondary" onClick={draft.discard}>
            Discard it
          </Button>
        </p>
      ) : null}
      {view.unreadable.length > 0 ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p>The panel cannot read these lines of the zone; a save would drop them:</p>
          <ul className="list-disc pl-5 font-mono text-xs">
            {view.unreadable.map((u) => (
              <li key={u.line}>
                line {u.line}: {u.text} — {u.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {customer ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          You may edit this zone if the domain is yours, or granted to you as @tech or @admin; Joker.com refuses the save for any other grant role.
        </p>
      ) : null}
      {conflict ? (
        <section aria-label="Conflict" role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium">The zone changed since you loaded it (someone else, DynDNS or a certificate client). Nothing was sent.</p>
          <p>Their change:</p>
          <ZoneDiffList diff={diffZones(parseZone(conflict.before), conflict.theirs)} label="Their change" />
          <p>Your edits are now re-applied on top of their version: review them below and save again.</p>
          {conflict.conflicts.length > 0 ? (
            <ul className="list-disc pl-5">
              {conflict.conflicts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="zone-records-h" className="space-y-2">
        <div className="flex items-center gap-2">
          <h2 id="zone-records-h" className="font-medium">
            Records ({checked.parsed.records.length})
          </h2>
          <Button size="sm" disabled={!editable} onClick={() => setEditing('new')}>
            Add record
          </Button>
        </div>
        {!readable ? <p className="text-sm text-red-700 dark:text-red-400">Fix the text view’s errors to edit records here.</p> : null}
        {editingRecord ? (
          <RecordForm
            key={editing === 'new' ? 'new' : editing?.index}
            initial={editingRecord}
            submitLabel={editing === 'new' ? 'Add this record' : 'Update this record'}
            onCancel={() => setEditing(undefined)}
            onSubmit={(r) => {
              const records = [...checked.parsed.records];
              if (editing === 'new') records.push(r);
              else if (editing) records[editing.index] = r;
              setRecords(records);
              setEditing(undefined);
            }}
          />
        ) : null}
        <ZoneRecords rows={rows} disabled={!editable} onEdit={onEdit} onDelete={onDelete} />
        <DynDnsSettings
          key={dyndnsKey}
          dyndns={dyndns}
          // Off until hydrated: typing there would be lost, and Enter would submit the form by the browser itself.
          disabled={!editable || !hydrated}
          onApply={(next) => {
            setRefused([]);
            setDraftText(buildZoneText({ ...checked.parsed.directives, dyndns: next }, checked.parsed.records));
          }}
        />
      </section>

      <ZoneSave
        domain={view.domain}
        base={base}
        baseVersion={draft.baseVersion}
        parsed={checked.parsed}
        text={text}
        errors={checked.errors}
        customer={customer}
        change={change}
        source={source}
        onRebase={(next, theirs, conflicts) => {
          setConflict({ theirs, conflicts, before: draft.baseText });
          draft.setText(next, { text: serializeZone(theirs), version: theirs.version });
        }}
        onSaved={() => {
          setConflict(undefined);
          setSource('editor');
          draft.discard();
          router.refresh();
        }}
        onRefused={(f: Failure) => setRefused(putErrorsByRecord(f.dmapiErrors ?? [], checked.parsed))}
      />

      <ZoneTextView text={draft.text} records={checked.parsed.records.length} issues={checked.issues} refused={refused} disabled={!change.allowed} onChange={(t) => {
        setRefused([]);
        draft.setText(t);
      }} />

      <section aria-labelledby="zone-transfer-h" className="space-y-2">
        <h2 id="zone-transfer-h" className="font-medium">
          Import and export
        </h2>
        <ZoneTransfer domain={view.domain} zone={checked.parsed} text={text} disabled={!change.allowed} onImport={(records) => {
          setSource('import');
          setRecords(records);
        }} />
      </section>

      <section aria-labelledby="zone-history-h" className="space-y-2">
        <h2 id="zone-history-h" className="font-medium">
          History
        </h2>
        <ZoneHistory items={history} disabled={!change.allowed} onRestore={(t) => {
          setSource('restore');
          setRefused([]);
          draft.setText(t);
        }} />
      </section>
    </div>
  );
}
