import 'server-only';
import { type AccountBalance, type DmapiClient, queryAccountBalance } from '@/lib/dmapi';
import { accountCached } from '@/lib/portfolio/account-cache';
import { pendingCount } from '@/lib/results/inbox';

/**
 * The header's balance and the navigation's count of pending requests, held per account for a minute so that a page
 * load does not ask Joker for them each time (lib/portfolio/account-cache.ts); the overview, the account page and
 * the browser's refresh (GET /api/account/balance, /api/results/pending) read them fresh and update what is held.
 * Within one render the reads are shared with the page's own (lib/auth/read-once.ts).
 */
export const FIGURE_MAX_AGE_MS = 60_000;

export function accountBalance(uid: string, client: DmapiClient, fresh = false): Promise<AccountBalance> {
  return accountCached(uid, 'balance', FIGURE_MAX_AGE_MS, () => queryAccountBalance(client), fresh ? { fresherThan: 0 } : {});
}

export function pendingRequests(uid: string, client: DmapiClient, fresh = false): Promise<number> {
  return accountCached(uid, 'pending-results', FIGURE_MAX_AGE_MS, () => pendingCount(client), fresh ? { fresherThan: 0 } : {});
}
