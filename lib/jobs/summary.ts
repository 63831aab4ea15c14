/** What previewBulkAction answers; shared with the bulk dialog (no server imports). */
export interface BulkSummary {
  title: string;
  selected: number;
  send: number;
  skipped: { reason: string; count: number; examples: string[] }[];
  cost?: { total: number; unpriced: number; balanceAfter: number; currency: string };
  pattern?: string;
}
