import 'server-only';
import { type DmapiClient, resultList } from '@/lib/dmapi';

/** Joker renews a name at most once per 6 hours (DMAPI documentation, domain-renew). */
export const RENEW_INTERVAL_MS = 6 * 3_600_000;

/**
 * When the domain's last renewal request that was not refused reached Joker (result-list, the last 2 days), or
 * undefined. The form uses it to explain the 6-hour rule before anyone sends a renewal Joker would refuse.
 */
export async function lastRenewal(client: DmapiClient, domain: string): Promise<number | undefined> {
  const rows = await resultList(client, { rtype: 'domain-renew', objid: domain, period: 2 });
  let last: number | undefined;
  for (const r of rows) {
    if (r.object?.toLowerCase() !== domain || r.status === 'nack' || !r.timestamp) continue;
    const t = r.timestamp.getTime();
    if (last === undefined || t > last) last = t;
  }
  return last;
}

/** The 6-hour rule against `now` (a time in the future, as a DMAPI clock ahead of ours gives, counts as recent). */
export function renewBlockedUntil(last: number | undefined, now: number): number | undefined {
  if (last === undefined) return undefined;
  return now - last < RENEW_INTERVAL_MS ? last + RENEW_INTERVAL_MS : undefined;
}
