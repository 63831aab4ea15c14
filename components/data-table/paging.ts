import { formatCount } from '@/lib/format';

/** Paging done by the server (a DMAPI list read page by page): the table shows what it gets and asks for pages. */
export interface ServerPaging {
  pageIndex: number;
  pageSize: number;
  /** Total rows, when known (`count-only`, `Row-Count`). */
  total?: number;
  onPageChange: (pageIndex: number) => void;
}

export interface PagerState {
  /** Unknown when the server does not say how many rows there are. */
  pageCount: number | undefined;
  canPrevious: boolean;
  canNext: boolean;
  summary: string;
}

/**
 * Where a server-paged table stands. Without a total (a DMAPI list that does not count), a full page means there may
 * be another one; a short page is the last.
 */
export function serverPagerState(paging: Omit<ServerPaging, 'onPageChange'>, rowsOnPage: number): PagerState {
  const { pageIndex, pageSize, total } = paging;
  const known = total !== undefined;
  return {
    pageCount: known ? Math.max(1, Math.ceil(total / pageSize)) : undefined,
    canPrevious: pageIndex > 0,
    canNext: known ? (pageIndex + 1) * pageSize < total : rowsOnPage >= pageSize,
    summary: known ? `${formatCount(total)} in all` : rowsSummary(rowsOnPage),
  };
}

/** "1 row", "1,234 rows". */
export function rowsSummary(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'row' : 'rows'}`;
}
