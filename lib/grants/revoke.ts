import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { grantInvitations } from '@/lib/db/schema';
import { type DmapiClient, type GrantsListRow, grantsList, grantsRevoke } from '@/lib/dmapi';
import type { GrantRole } from '@/lib/schemas/grants';
import { dropAccessCache } from './access-cache';
import { settleInvitations } from './store';

/** After an invitation was revoked at Joker: the panel's row (if it made it) says so and by whom. */
async function settleRevoked(db: Db, accountUid: string, domain: string, scopes: string[], by: string): Promise<void> {
  if (scopes.length === 0) return;
  const rows = await db
    .select({ id: grantInvitations.id })
    .from(grantInvitations)
    .where(and(eq(grantInvitations.accountUid, accountUid), eq(grantInvitations.domain, domain), inArray(grantInvitations.scope, scopes)));
  await settleInvitations(db, rows.map((r) => r.id), { state: 'revoked', reason: `Revoked by ${by}.` });
}

export interface RevokeOne {
  domain: string;
  role: GrantRole;
  scope: string;
  type: 'grant' | 'invitation';
}

/** DMAPI grants-revoke of one grant or invitation, and the panel's record of it. */
export async function revokeOne(client: DmapiClient, db: Db, accountUid: string, input: RevokeOne, by: string): Promise<void> {
  await grantsRevoke(client, input);
  dropAccessCache(accountUid);
  if (input.type === 'invitation') await settleRevoked(db, accountUid, input.domain, [input.scope], by);
}

/** Does a grants-list row concern this person (the invited address, or the Joker.com login holding the grant)? */
export function concerns(row: GrantsListRow, person: string): boolean {
  const p = person.trim().toLowerCase();
  const names = row.type === 'invitation' ? [row.inviteeEmail] : [row.inviteeEmail, row.inviteeUsername];
  return names.some((n) => (n ?? '').toLowerCase() === p);
}

/**
 * Everything one person holds or was invited to on one domain, revoked: one grants-revoke per grant and invitation,
 * decided from a fresh grants-list, so that repeating it after an interruption revokes only what is left. Returns
 * how many were revoked (0: nothing of theirs there).
 */
export async function revokePerson(client: DmapiClient, db: Db, accountUid: string, domain: string, person: string, by: string): Promise<number> {
  const rows = (await grantsList(client, { domain })).filter((r) => concerns(r, person));
  for (const r of rows) await grantsRevoke(client, { domain, role: r.role as GrantRole, scope: r.scope, type: r.type });
  if (rows.length > 0) dropAccessCache(accountUid);
  await settleRevoked(db, accountUid, domain, rows.filter((r) => r.type === 'invitation').map((r) => r.scope), by);
  return rows.length;
}
