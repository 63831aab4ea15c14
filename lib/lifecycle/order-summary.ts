/**
 * What a bulk registration or transfer will do before it starts: the names that get a request and what they cost, the
 * names left out and why, premium prices that go out as max-price, and the balance after. Browser-safe (the pages
 * show it; lib/lifecycle/bulk-*.ts build it on the server).
 */

export interface OrderItem {
  domain: string;
  skipReason?: string;
  price?: number;
}

export interface OrderSummary {
  title: string;
  /** Names in the list that parsed (problems are lines that did not). */
  listed: number;
  send: number;
  skipped: { reason: string; count: number; examples: string[] }[];
  /** Lines that are not names (or rows that are not valid), with their line numbers. */
  problems: { line: number; message: string }[];
  total: number;
  currency: string;
  balance: number;
  balanceAfter: number;
  /** Non-standard prices, sent as max-price. */
  premium: { domain: string; price: number }[];
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function summarize(
  title: string,
  items: readonly OrderItem[],
  problems: OrderSummary['problems'],
  money: { balance: number; currency: string },
  premium: OrderSummary['premium'],
  display: (domain: string) => string = (d) => d,
): OrderSummary {
  const reasons = new Map<string, { count: number; examples: string[] }>();
  let total = 0;
  for (const item of items) {
    if (item.skipReason) {
      const r = reasons.get(item.skipReason) ?? { count: 0, examples: [] };
      r.count++;
      if (r.examples.length < 5) r.examples.push(display(item.domain));
      reasons.set(item.skipReason, r);
    } else total += item.price ?? 0;
  }
  total = cents(total);
  return {
    title,
    listed: items.length,
    send: items.filter((i) => !i.skipReason).length,
    skipped: [...reasons].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.count - a.count),
    problems,
    total,
    currency: money.currency,
    balance: money.balance,
    balanceAfter: cents(money.balance - total),
    premium,
  };
}
