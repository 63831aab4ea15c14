/** A page's search parameters as Next hands them over. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/**
 * The URL's values as typed, the first of a repeated name, each cut to `maxLength` characters (a page validates them
 * with its own schema; the cut keeps a huge value from reaching it or the filter form).
 */
export function urlValues(params: PageSearchParams, maxLength = 300): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v)?.slice(0, maxLength)]));
}
