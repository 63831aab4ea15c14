export { DataTable, type DataTableProps, type ServerPaging } from './data-table';
export { Pager } from './pager';
export type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
