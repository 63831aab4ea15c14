'use client';

import { Download, RefreshCw, X } from 'lucide-react';
import { type ChangeEvent, useLayoutEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { ListAge } from './list-age';
import { DEFAULT_FILTERS, type PortfolioFilters } from '@/lib/portfolio/filter';

interface Props {
  filters: PortfolioFilters;
  tlds: string[];
  onChange: (next: PortfolioFilters) => void;
  onRefresh: () => void;
  refreshing: boolean;
  onExport: () => void;
  /** Undefined while only the first screen is here and the filters changed since. */
  shown: number | undefined;
  total: number | undefined;
  /** When the server read the list from the DMAPI (ms). */
  readAt: number;
  /** Only the server's first screen is here; the whole list is on its way. */
  partial: boolean;
}

const SELECT = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

function Choice({ name, label, value, options, onChange }: { name: keyof PortfolioFilters; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <label className="flex flex-col gap-0.5 text-xs text-zinc-500">
      {label}
      <select data-filter={name} className={SELECT} value={value} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The list's filters; every change goes to the URL (see DomainList) so the view can be bookmarked. */
export function FilterBar({ filters, tlds, onChange, onRefresh, refreshing, onExport, shown, total, readAt, partial }: Props) {
  const set = <K extends keyof PortfolioFilters>(key: K) => (value: string) => onChange({ ...filters, [key]: value });
  const hydrated = useHydrated();
  // Typed or chosen before hydration: the served controls hold it, the filters do not, and the next render would set
  // the controls back. Taken up once, as the bar hydrates (a layout effect runs before any re-render).
  const bar = useRef<HTMLDivElement>(null);
  const initial = useRef({ filters, onChange });
  useLayoutEffect(() => {
    const { filters: served, onChange: apply } = initial.current;
    const changed: Partial<Record<keyof PortfolioFilters, string>> = {};
    for (const control of bar.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]') ?? []) {
      const key = control.dataset.filter as keyof PortfolioFilters;
      if (key in served && control.value !== served[key]) changed[key] = control.value;
    }
    if (Object.keys(changed).length > 0) apply({ ...served, ...changed } as PortfolioFilters);
  }, []);
  const dirty = Object.keys(DEFAULT_FILTERS).some(
    (k) => k !== 'sort' && k !== 'dir' && filters[k as keyof PortfolioFilters] !== DEFAULT_FILTERS[k as keyof PortfolioFilters],
  );
  return (
    <div ref={bar} className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter domains">
      <label className="flex flex-col gap-0.5 text-xs text-zinc-500">
        Name or pattern
        <input
          type="search"
          data-filter="q"
          className="w-56 rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          placeholder="text or a*.de"
          value={filters.q}
          onChange={(e) => set('q')(e.target.value)}
          aria-describedby="domain-count"
          data-ready={hydrated ? '' : undefined}
        />
      </label>
      <Choice name="tld" label="TLD" value={filters.tld} options={[['', 'All'], ...tlds.map((t): [string, string] => [t, `.${t}`])]} onChange={set('tld')} />
      <Choice
        name="exp"
        label="Expiration"
        value={filters.exp}
        options={[['', 'Any'], ['7', 'Within 7 days'], ['30', 'Within 30 days'], ['60', 'Within 60 days'], ['90', 'Within 90 days'], ['365', 'Within a year'], ['expired', 'Expired']]}
        onChange={set('exp')}
      />
      <Choice name="locked" label="Lock" value={filters.locked} options={[['', 'Any'], ['yes', 'Locked'], ['no', 'Unlocked']]} onChange={set('locked')} />
      <Choice name="autorenew" label="Autorenew" value={filters.autorenew} options={[['', 'Any'], ['on', 'On'], ['off', 'Off']]} onChange={set('autorenew')} />
      <Choice name="privacy" label="Privacy" value={filters.privacy} options={[['', 'Any'], ['none', 'None'], ['basic', 'Basic'], ['pro', 'Pro']]} onChange={set('privacy')} />
      <Choice name="grants" label="Grants" value={filters.grants} options={[['', 'Any'], ['yes', 'With grants or invitations'], ['no', 'Without'], ['shared', 'Shared with me']]} onChange={set('grants')} />
      {dirty ? (
        <Button variant="ghost" size="sm" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir })}>
          <X className="size-3.5" aria-hidden /> Clear filters
        </Button>
      ) : null}
      <div className="ml-auto flex items-center gap-2">
        <span id="domain-count" role="status" className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
          {shown === undefined || total === undefined
            ? 'Loading the portfolio…'
            : shown === total
              ? `${total.toLocaleString('en')} domains`
              : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} domains`}
        </span>
        <ListAge at={readAt} />
        <Button variant="secondary" size="sm" onClick={onExport} disabled={partial || shown === 0}>
          <Download className="size-3.5" aria-hidden /> Export CSV
        </Button>
        <Button variant="secondary" size="sm" onClick={onRefresh} disabled={refreshing || partial}>
          <RefreshCw className={refreshing ? 'size-3.5 animate-spin' : 'size-3.5'} aria-hidden /> Refresh
        </Button>
      </div>
    </div>
  );
}
