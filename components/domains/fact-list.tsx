export type Fact = [term: string, value: string];

/** Term/value pairs of one object (a domain, a contact), one per line; values are DMAPI text, rendered as text. */
export function FactList({ facts, label }: { facts: Fact[]; label: string }) {
  return (
    <div role="group" aria-label={label}>
      <dl
        className="divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {facts.map(([term, value]) => (
          <div key={term} className="grid grid-cols-1 gap-1 px-4 py-2 sm:grid-cols-3 sm:gap-4">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="break-words sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
