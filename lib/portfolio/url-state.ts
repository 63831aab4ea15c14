import { DEFAULT_FILTERS, type PortfolioFilters, SORT_KEYS, type SortKey } from './filter';

/**
 * The filter state lives in the URL (`/domains?q=a*.de&exp=30&sort=expires`) so that a view can be bookmarked and
 * shared. Unknown or malformed values fall back to the defaults instead of failing: URLs are user input.
 */
type ParamsLike = { get(name: string): string | null };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function filtersFromParams(params: ParamsLike): PortfolioFilters {
  const exp = params.get('exp') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 255),
    tld: (params.get('tld') ?? '').toLowerCase().replace(/[^a-z0-9.-]/g, ''),
    exp: exp === 'expired' || /^\d{1,5}$/.test(exp) ? exp : '',
    locked: oneOf(params.get('locked'), ['', 'yes', 'no'] as const, ''),
    autorenew: oneOf(params.get('autorenew'), ['', 'on', 'off'] as const, ''),
    privacy: oneOf(params.get('privacy'), ['', 'none', 'basic', 'pro'] as const, ''),
    grants: oneOf(params.get('grants'), ['', 'yes', 'no', 'shared'] as const, ''),
    sort: oneOf<SortKey>(params.get('sort'), SORT_KEYS, DEFAULT_FILTERS.sort),
    dir: oneOf(params.get('dir'), ['asc', 'desc'] as const, DEFAULT_FILTERS.dir),
  };
}

/** Only values that differ from the defaults are written, so the plain list has a plain URL. */
export function filtersToQuery(f: PortfolioFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof PortfolioFilters)[]) {
    const value = f[key];
    if (value !== DEFAULT_FILTERS[key] && value !== '') params.set(key, value);
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** A link into the list with some filters set, for the dashboard's figures. */
export function domainsHref(partial: Partial<PortfolioFilters>): string {
  return `/domains${filtersToQuery({ ...DEFAULT_FILTERS, ...partial })}`;
}
