export { DataTable, type DataTableProps, type ServerSearch } from './data-table';
export { type ServerPaging, serverPagerState } from './paging';
export { ContactLink, contactHref, HostLink, hostHref } from './object-links';
export { Pager } from './pager';
export type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
export { type GridKeys, SortHeader, useVirtualGrid } from './virtual-grid';
