'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatCount, formatMegabytes } from '@/lib/format';
import { MAX_ZONE_RECORDS, ZONE_TEXT_MAX } from '@/lib/schemas/zone';
import { exportBind, importBind, type ImportNote, type ZoneLike, type ZoneRecord } from '@/lib/zone';

const tooLarge = (size: number) =>
  `This zone file is ${formatMegabytes(size)}: at most ${formatMegabytes(ZONE_TEXT_MAX)} can be imported (a zone holds at most ${formatCount(MAX_ZONE_RECORDS)} records). Nothing was changed in the editor.`;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function Notes({ title, notes }: { title: string; notes: ImportNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium">{title}</p>
      <ul className="list-disc pl-5">
        {notes.map((n) => (
          <li key={`${n.line}-${n.text}`}>
            line {n.line}: <span className="font-mono text-xs">{n.text}</span> — {n.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Export the zone being edited as BIND (Joker-only types as comments the import reads back) or in the DMAPI format;
 * import a BIND zone file (read by dns-zonefile): its records replace the editor's, to be reviewed and saved, and
 * what Joker.com cannot hold is listed with the reason.
 */
export function ZoneTransfer({ domain, zone, text, disabled, onImport }: { domain: string; zone: ZoneLike; text: string; disabled: boolean; onImport: (records: ZoneRecord[]) => void }) {
  const id = useId();
  const [bind, setBind] = useState('');
  const [notes, setNotes] = useState<{ skipped: ImportNote[]; adjusted: ImportNote[]; count: number }>();
  const [problem, setProblem] = useState<string>();
  const run = () => {
    setProblem(undefined);
    if (bind.length > ZONE_TEXT_MAX) {
      setProblem(tooLarge(bind.length));
      return;
    }
    try {
      const result = importBind(bind, domain);
      if (result.records.length > MAX_ZONE_RECORDS) {
        setProblem(`This zone file has ${formatCount(result.records.length)} records: a zone holds at most ${formatCount(MAX_ZONE_RECORDS)}. Nothing was changed in the editor.`);
        return;
      }
      setNotes({ skipped: result.skipped, adjusted: result.adjusted, count: result.records.length });
      onImport(result.records);
    } catch (error) {
      setProblem(`The file could not be read as a BIND zone: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    // A file beyond the limit is not read into the page at all.
    if (file.size > ZONE_TEXT_MAX) {
      setProblem(tooLarge(file.size));
      return;
    }
    setBind(await file.text());
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => download(`${domain}.zone`, exportBind(zone, domain))}>
          Export as BIND
        </Button>
        <Button size="sm" variant="secondary" onClick={() => download(`${domain}.dmapi.txt`, text)}>
          Export in the DMAPI format
        </Button>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={id} className="font-medium">
          BIND zone file to import
        </label>
        <textarea id={id} value={bind} onChange={(e) => setBind(e.target.value)} rows={6} spellCheck={false} className="w-full rounded border border-zinc-300 bg-white p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900" />
        <label className="text-xs">
          <span className="sr-only">Choose a BIND zone file</span>
          <input type="file" accept=".zone,.txt,.db,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
        </label>
      </div>
      <Button size="sm" disabled={disabled || bind.trim() === ''} onClick={run}>
        Import (replaces the records in the editor)
      </Button>
      {problem ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{problem}</p> : null}
      {notes ? (
        <div role="status" className="space-y-2">
          <p className="text-sm">{notes.count} record(s) imported into the editor: review the changes below, then save.</p>
          <Notes title="Not imported (Joker.com cannot hold these)" notes={notes.skipped} />
          <Notes title="Imported with an adjustment" notes={notes.adjusted} />
        </div>
      ) : null}
    </div>
  );
}
