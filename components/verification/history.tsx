import { formatDateTime } from '@/lib/format';
import type { ActivityRow, NoteRow } from '@/lib/verification/activity';

const KIND_WORDS: Record<string, string> = {
  resend: 'Resent the e-mail',
  lookup: 'Looked the key up',
  answer: 'Recorded an answer for the owner',
  'owner-answer': 'Answer on the landing page',
  'cor-answer': 'Change-of-registrant answer',
};

const OUTCOME_WORDS: Record<string, string> = { ok: 'done', refused: 'refused by Joker.com', error: 'failed' };

/** Who did what to this address, newest first. Texts are rendered as text (a note may hold anything). */
export function ActivityList({ rows, label = 'History of this address' }: { rows: ActivityRow[]; label?: string }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-500">Nothing recorded through the panel yet.</p>;
  return (
    <ol aria-label={label} className="divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {rows.map((r) => (
        <li key={r.id} className="grid gap-1 px-3 py-2 sm:grid-cols-[11rem_1fr]">
          <span className="whitespace-nowrap text-xs tabular-nums text-zinc-500">{formatDateTime(r.at)}</span>
          <span>
            <span className="font-medium">{KIND_WORDS[r.kind] ?? r.kind}</span>
            {r.answer ? <span> — answer “{r.answer}”</span> : null}
            <span className="text-zinc-600 dark:text-zinc-400"> ({OUTCOME_WORDS[r.outcome] ?? r.outcome})</span>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              {r.actorName}
              {r.ip ? ` · ${r.ip}` : ''}
            </span>
            <span className="block whitespace-pre-wrap break-words">{r.detail}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function NoteList({ rows }: { rows: NoteRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-500">No notes yet.</p>;
  return (
    <ol aria-label="Notes on this address" className="space-y-2">
      {rows.map((n) => (
        <li key={n.id} className="rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
          <p className="whitespace-pre-wrap break-words">{n.body}</p>
          <p className="mt-1 text-xs text-zinc-500">
            {n.authorName} · {formatDateTime(n.at)}
          </p>
        </li>
      ))}
    </ol>
  );
}
