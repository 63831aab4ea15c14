import 'server-only';
import type { PortfolioCopy } from './copy';
import { filterRows, type PortfolioFilters } from './filter';
import type { PortfolioPreview } from './types';
import { filtersToQuery } from './url-state';

export type { PortfolioPreview };

/** Enough rows for a tall screen; the browser's virtualizer renders about 30 plus its overscan. */
export const PREVIEW_ROWS = 60;

export function portfolioPreview(copy: PortfolioCopy, filters: PortfolioFilters, limit = PREVIEW_ROWS): PortfolioPreview {
  const sorted = copy.sorted(filters.sort, filters.dir);
  const query = filtersToQuery(filters);
  const plain = query === '' || filtersToQuery({ ...filters, sort: 'domain', dir: 'asc' }) === '';
  const matching = plain ? sorted : filterRows(sorted, filters, copy.at);
  return {
    at: copy.at,
    query,
    total: sorted.length,
    shown: matching.length,
    tlds: [...copy.payload().tlds].sort(),
    rows: matching.slice(0, limit),
  };
}
