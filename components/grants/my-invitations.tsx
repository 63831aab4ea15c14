import Link from '@/components/ui/link';
import type { PanelInvitationView } from '@/lib/grants/view';
import { STATE_LABELS } from '@/lib/grants/view';
import { formatDate } from '@/lib/format';

/** The signed-in customer's invitations made through this panel (to their login's address): open ones link to Accept. */
export function MyInvitations({ rows }: { rows: PanelInvitationView[] }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No invitations for your address.</p>;
  return (
    <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
          <span className="font-mono">{r.display}</span>
          <span>{r.role}</span>
          <span className="text-zinc-500">from {r.inviter}, {formatDate(r.createdAt)}</span>
          <span className="text-xs">{STATE_LABELS[r.state]}</span>
          {r.link ? (
            <Link href={r.link} className="ml-auto text-sky-800 underline dark:text-sky-300">
              Open the invitation to {r.display}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
