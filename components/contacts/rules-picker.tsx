const CONTROL = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * Which TLD's rules the modify form applies. Joker's whois does not name a contact's TLD: the panel reads it off the
 * contact's TLD fields (or the list's TLD filter); where that guess is wrong, choose here. A GET form (URL `?tld=`).
 */
export function RulesPicker({ current, tlds }: { current: string; tlds: readonly string[] }) {
  const options = tlds.includes(current) ? tlds : [current, ...tlds];
  return (
    <form method="get" className="flex items-end gap-2" aria-label="Rules to check by">
      <label className="flex flex-col gap-1 text-xs">
        <span className="font-medium">Checked by the rules of</span>
        <select name="tld" defaultValue={current} className={CONTROL}>
          {options.map((t) => (
            <option key={t} value={t}>
              .{t}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        Apply
      </button>
    </form>
  );
}
