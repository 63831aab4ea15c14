'use client';

import { useId } from 'react';
import type { EditorIssue } from './zone-issues';

interface Props {
  text: string;
  issues: EditorIssue[];
  refused: { line?: number; message: string }[];
  disabled: boolean;
  onChange: (text: string) => void;
}

/** The zone in the DMAPI format, editable as text, each problem listed with its line number. */
export function ZoneTextView({ text, issues, refused, disabled, onChange }: Props) {
  const id = useId();
  const all = [
    ...issues.map((i) => ({ line: i.line, message: i.severity === 'warning' ? `Warning: ${i.message}` : i.message })),
    ...refused.map((r) => ({ line: r.line, message: `Joker.com: ${r.message}` })),
  ];
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2">
      <h2 id={`${id}-h`} className="font-medium">
        Text view
      </h2>
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
