import { Button } from '@/components/ui/button';

const CONTROL = 'rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * The contact list's filter: TLD (handles usable with it) and a handle pattern, filtered at Joker.com
 * (query-contact-list). A plain GET form: the filter lives in the URL and works without JavaScript.
 */
export function ContactFilter({ tlds, tld, q }: { tlds: readonly string[]; tld?: string; q?: string }) {
  return (
    <form method="get" action="/contacts" role="search" aria-label="Filter contacts" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">TLD</span>
        <select name="tld" defaultValue={tld ?? ''} className={CONTROL}>
          <option value="">Any TLD</option>
          {tlds.map((t) => (
            <option key={t} value={t}>
              .{t}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Handle</span>
        <input
          name="q"
          type="search"
          defaultValue={q ?? ''}
          placeholder="CUSN-* or part of a handle"
          maxLength={64}
          className={`${CONTROL} w-64 max-w-full`}
          aria-describedby="contact-filter-help"
        />
      </label>
      <Button type="submit" variant="secondary">
        Show
      </Button>
      <p id="contact-filter-help" className="basis-full text-xs text-zinc-600 dark:text-zinc-400">
        Joker.com searches handles only: use * and ? as wildcards; plain text matches anywhere in the handle.
      </p>
    </form>
  );
}
