'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { EditorIssue } from './zone-issues';

interface Props {
  text: string;
  issues: EditorIssue[];
  refused: { line?: number; message: string }[];
  disabled: boolean;
  onChange: (text: string) => void;
  /** Records in the zone: above LARGE_ZONE the text is shown on request. */
  records: number;
}

/**
 * A textarea holding a zone of thousands of lines costs the browser hundreds of milliseconds to update and lay out,
 * on every edit made in the table: such a zone's text is shown when asked for (npm run bench, zone-editor).
 */
const LARGE_ZONE = 1000;

/** The zone in the DMAPI format, editable as text, each problem listed with its line number. */
export function ZoneTextView({ text, issues, refused, disabled, onChange, records }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const shown = open || records <= LARGE_ZONE;
  const all = [
    ...issues.map((i) => ({ line: i.line, message: i.severity === 'warning' ? `Warning: ${i.message}` : i.message })),
    ...refused.map((r) => ({ line: r.line, message: `Joker.com: ${r.message}` })),
  ];
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2">
      <h2 id={`${id}-h`} className="font-medium">
        Text view
      </h2>
      {shown ? (
        <>
      <label htmlFor={id} className="block text-sm">
        The zone in the DMAPI format (one record per line: name type priority value TTL …)
      </label>
      <textarea
        id={id}
        value={text}
        readOnly={disabled}
        onChange={(e) => onChange(e.target.value)}
        rows={Math.min(20, Math.max(6, text.split('\n').length + 1))}
        spellCheck={false}
        className="w-full rounded border border-zinc-300 bg-white p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
      />
        </>
      ) : (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          This zone has {records} records: its text is shown on request, so that edits in the table stay quick.
          <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
            Show the text view
          </Button>
        </p>
      )}
      {all.length > 0 ? (
        <ul aria-label="Problems in the text" className="space-y-0.5 text-sm">
          {all.slice(0, 200).map((p, i) => (
            <li key={`${p.line}-${i}`} className={p.message.startsWith('Warning') ? 'text-amber-700 dark:text-amber-400' : 'text-red-700 dark:text-red-400'}>
              {p.line ? `Line ${p.line}: ` : ''}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
