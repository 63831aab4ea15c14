/** What the header shows of the account (browser-safe). */
export interface BalanceFigure {
  available: number;
  currency: string;
}

/** The navigation badge: requests still in progress at Joker. */
export interface PendingFigure {
  count: number;
}
