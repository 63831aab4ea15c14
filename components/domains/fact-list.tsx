import type { ReactNode } from 'react';

/** A term and its value; a value from the DMAPI is text (rendered as text), a link or a badge is a node. */
export type Fact = [term: string, value: ReactNode];

/**
 * Term/value pairs of one object (a domain, a contact), one per line. On its own card by default; `framed={false}`
 * inside a card that already has one (the domain page's overview).
 */
export function FactList({ facts, label, framed = true }: { facts: Fact[]; label: string; framed?: boolean }) {
  return (
    <div role="group" aria-label={label}>
      <dl
        className={
          framed
            ? 'divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900'
            : 'divide-y divide-zinc-100 text-sm dark:divide-zinc-800'
        }
      >
        {facts.map(([term, value]) => (
          <div key={term} className={`grid grid-cols-1 gap-1 sm:grid-cols-3 sm:gap-4 ${framed ? 'px-4 py-2' : 'py-1.5'}`}>
            <dt className="text-zinc-500">{term}</dt>
            <dd className="break-words sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
