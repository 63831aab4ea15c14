/** What previewBulkAction answers; shared with the bulk dialog (no server imports). */
export interface BulkSummary {
  title: string;
  selected: number;
  send: number;
  skipped: { reason: string; count: number; examples: string[] }[];
  cost?: { total: number; unpriced: number; balanceAfter: number; currency: string };
  pattern?: string;
  /** What will be sent beyond the counts (contacts from TLD defaults: the handles each TLD gets). */
  notes?: string[];
}
