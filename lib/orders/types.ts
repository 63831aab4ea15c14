/** The orders page's rows and totals, ready for the browser. */
export interface OrderItem {
  orderId: string;
  procId: string | null;
  /** ISO time. */
  at: string | null;
  status: string;
  type: string;
  /** Positive: charged; negative: refunded or credited. */
  amount: number;
  amountNetto: number;
  currency: string | null;
  object: string | null;
}

export interface OrderTotal {
  type: string;
  currency: string;
  count: number;
  /** Sum of amounts (gross); refunds subtract. */
  amount: number;
}

export interface OrdersView {
  rows: OrderItem[];
  totals: OrderTotal[];
  /** The window in words ("the last 30 days", "2026-10-01 to 2026-11-30"). */
  window: string;
}
