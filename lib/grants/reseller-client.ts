import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import { clientForSession } from '@/lib/auth/dmapi-pool';
import { serviceClient } from '@/lib/auth/service-credential';
import { isRole, permission, type Role, type UserAccess } from '@/lib/auth/roles';
import type { Db } from '@/lib/db';
import { panelSessions, teamMembers } from '@/lib/db/schema';
import type { DmapiClient } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';

/**
 * The DMAPI client that acts in the reseller's name when a customer accepts an invitation in the panel: in the
 * reseller's name, it issues grants-invite with client-uid (lib/grants/accept.ts). A customer's own session cannot do
 * it: only the domain's holder manages its grants.
 *
 * The service credential the owner designates in Settings (lib/auth/service-credential.ts: an API key of this
 * account that may modify) is used first, so an Accept never depends on someone of the reseller being signed in.
 * Without one, the panel uses a live panel session of the reseller account whose role may change grants (owner or
 * support, with a key that may modify): the inviter's own session first, then the owner's, then the most recently
 * active one. No credential leaves the server; the client is only handed grants-list / grants-invite / grants-revoke
 * for the one invitation being accepted (lib/grants/accept.ts). Without either the Accept is refused with the way on
 * (Joker's own link).
 */
export interface ResellerClient {
  client: DmapiClient;
  /** The panel session used (hashed id), or `service-credential`, for the log line. */
  sessionId: string;
}

const SESSION_MAX_MS = (hours: number) => hours * 3600_000;

export async function resellerClient(db: Db, accountUid: string, preferFingerprint: string, maxHours: number, now = new Date()): Promise<ResellerClient> {
  const service = await serviceClient(db);
  if (service && service.uid === accountUid) return { client: service.client, sessionId: 'service-credential' };
  const rows = await db
    .select({ row: panelSessions, member: teamMembers })
    .from(panelSessions)
    .leftJoin(teamMembers, eq(teamMembers.fingerprint, panelSessions.credentialFingerprint))
    .where(and(eq(panelSessions.uid, accountUid), gt(panelSessions.idleExpiresAt, now)))
    .orderBy(desc(panelSessions.lastSeenAt));
  const able = rows
    .filter(({ row }) => row.createdAt.getTime() + SESSION_MAX_MS(maxHours) > now.getTime())
    .map(({ row, member }) => {
      let role: Role = isRole(row.panelRole) ? row.panelRole : 'read-only';
      if (role !== 'customer' && row.credentialKind === 'api-key') role = member && member.status !== 'revoked' && isRole(member.role) ? member.role : 'read-only';
      return { row, role };
    })
    .filter(({ row, role }) => permission({ role, userAccess: row.userAccess as UserAccess }, 'grants', 'change').allowed);
  const rank = (x: (typeof able)[number]) => (x.row.credentialFingerprint === preferFingerprint ? 0 : x.role === 'owner' ? 1 : 2);
  able.sort((a, b) => rank(a) - rank(b));
  for (const { row } of able) {
    try {
      return { client: await clientForSession(row.id), sessionId: row.id };
    } catch {
      // That session ended between the query and now: try the next one.
    }
  }
  throw new ExpectedFailure('The reseller’s panel cannot confirm this invitation right now (no service credential is set up and nobody who manages grants is signed in).', {
    code: 'unavailable',
    next: 'Accept it at Joker.com with the link or key from the invitation e-mail, or try again later.',
  });
}
