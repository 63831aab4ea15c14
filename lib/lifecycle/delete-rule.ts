/**
 * domain-delete's rule (DMAPI documentation): within the first 72 hours after registration a gTLD's registration fee
 * is refunded; a domain registered longer ago is deleted only with `force=1`, without refund. The number of refundable
 * deletions per month is limited by Joker.com. Browser-safe.
 */

export const REFUND_WINDOW_MS = 72 * 3_600_000;

/**
 * The generic TLDs the refund applies to ("gTLDs only"); country-code TLDs are never refunded. The sandbox refunds the
 * same ones (lib/sandbox/rules/links.ts GENERIC).
 */
export const REFUNDABLE_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'info', 'biz', 'name', 'mobi']);

export interface DeleteRule {
  /** Still inside the 72 hours after registration. */
  withinWindow: boolean;
  /** When the 72 hours end (epoch ms); undefined when the creation date is unknown. */
  windowEndsAt: number | undefined;
  /** A refund is due (inside the window and a gTLD); it may still be refused once the monthly limit is reached. */
  refund: boolean;
  /** `force=1` must be sent. */
  needsForce: boolean;
}

export function deleteRule(createdAt: number | undefined, tld: string, now: number): DeleteRule {
  if (createdAt === undefined || !Number.isFinite(createdAt)) {
    // Unknown age: assume the older case, which is the one needing force (a refused request costs nothing).
    return { withinWindow: false, windowEndsAt: undefined, refund: false, needsForce: true };
  }
  const windowEndsAt = createdAt + REFUND_WINDOW_MS;
  const withinWindow = now <= windowEndsAt;
  return { withinWindow, windowEndsAt, refund: withinWindow && REFUNDABLE_TLDS.has(tld.toLowerCase()), needsForce: !withinWindow };
}
