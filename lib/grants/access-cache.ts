import 'server-only';
import { accountCached, dropAccountCached } from '@/lib/portfolio/account-cache';

/** The access page's picture of every grant of an account, held like the portfolio copy (lib/portfolio/account-cache). */
const NAME = 'grants-access';
export const ACCESS_MAX_AGE_MS = 5 * 60_000;

export function cachedAccess<T>(uid: string, load: () => Promise<T>, refresh = false): Promise<T> {
  return accountCached(uid, NAME, ACCESS_MAX_AGE_MS, load, refresh ? { fresherThan: 2_000 } : {});
}

/** After any grant write of the account (an action, a bulk item, an Accept): the next view reads again. */
export function dropAccessCache(uid: string): void {
  dropAccountCached(uid, NAME);
}
