import 'server-only';
import type { Db } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import type { DmapiClient } from '@/lib/dmapi';
import { failureText } from '@/lib/failure/describe';
import { getPortfolioCopy } from '@/lib/portfolio/copy';
import { cachedAccess } from './access-cache';
import { entriesOf, readDomainGrants } from './entries';
import { reconcileDomain } from './reconcile';
import { pendingInvitationsOf } from './store';
import type { GrantEntry } from './view';

export interface AccessPicture {
  /** When grants-list was read (ms). */
  at: number;
  entries: GrantEntry[];
  /** Domains whose grants-list was read. */
  domains: number;
  /** Domains whose grants-list failed, with the reason in words (their rows are missing). */
  failures: { domain: string; error: string }[];
}

/** grants-list reads at a time: the access page must not look like a burst to the DMAPI. */
const AT_ONCE = 4;

/**
 * Which own domains to read: the list's grant counts (number_of_confirmed_grants, pending_invitations) say where
 * anybody holds or is invited to a role; where the list did not count invitations (`undef`), the domains with a
 * pending panel invitation are read as well. Domains shared with this account by another one are not its to manage.
 */
async function candidates(accountUid: string, client: DmapiClient, pending: readonly GrantInvitation[]): Promise<string[]> {
  const rows = (await getPortfolioCopy(accountUid, client)).rows();
  const out = new Set<string>();
  for (const r of rows) {
    if (r.grants.length > 0) continue;
    if (r.confirmedGrants > 0 || (r.pendingInvitations ?? 0) > 0) out.add(r.domain);
  }
  // A panel invitation on a domain no longer held is read too: grants-list then says it is gone (superseded).
  for (const p of pending) out.add(p.domain);
  return [...out].sort();
}

async function load(db: Db, accountUid: string, client: DmapiClient): Promise<AccessPicture> {
  const pending = await pendingInvitationsOf(db, accountUid);
  const domains = await candidates(accountUid, client, pending);
  const entries: GrantEntry[] = [];
  const failures: AccessPicture['failures'] = [];
  for (let i = 0; i < domains.length; i += AT_ONCE) {
    await Promise.all(
      domains.slice(i, i + AT_ONCE).map(async (domain) => {
        try {
          const grants = await readDomainGrants(client, domain);
          const mine = pending.filter((p) => p.domain === domain);
          await reconcileDomain(db, mine, grants);
          if (grants !== 'gone') entries.push(...entriesOf(domain, grants, await freshPending(db, accountUid, domain, mine)));
        } catch (error) {
          failures.push({ domain, error: failureText(error) });
        }
      }),
    );
  }
  entries.sort((a, b) => a.person.localeCompare(b.person) || a.domain.localeCompare(b.domain) || a.role.localeCompare(b.role));
  return { at: Date.now(), entries, domains: domains.length, failures };
}

/** The domain's panel invitations after reconciliation (it may have attached scopes or settled some). */
async function freshPending(db: Db, accountUid: string, domain: string, before: GrantInvitation[]): Promise<GrantInvitation[]> {
  if (before.length === 0) return before;
  return (await pendingInvitationsOf(db, accountUid)).filter((p) => p.domain === domain);
}

/** Who has access to what in the whole portfolio, held per account for five minutes (refresh reads again). */
export function accessPicture(db: Db, accountUid: string, client: DmapiClient, refresh = false): Promise<AccessPicture> {
  return cachedAccess(accountUid, () => load(db, accountUid, client), refresh);
}
