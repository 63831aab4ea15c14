import 'server-only';
import { eq } from 'drizzle-orm';
import { permission } from '@/lib/auth';
import { isRole, type Role, type UserAccess } from '@/lib/auth/roles';
import { endPanelSession } from '@/lib/auth/sign-out';
import type { Db } from '@/lib/db';
import { panelSessions, teamMembers } from '@/lib/db/schema';
import type { BulkJob } from '@/lib/db/schema/jobs';
import { isJobKind, kindOf } from './kinds';
import type { Verdict } from './executor';

const pause = (reason: string): Verdict => ({ ok: false, action: 'pause', reason });
const cancel = (reason: string): Verdict => ({ ok: false, action: 'cancel', reason });

/**
 * Before each item: may the job's creator still act? Read from the database, so a sign-out or a revocation in any
 * panel process counts at once. The session must exist and not be idle-expired (else the job pauses until the
 * creator signs in again); the creator must not be revoked and their role must still allow the kind's operation
 * (else the job is cancelled). Roles resolve as in lib/auth/session-store.ts lookupSession: a reseller's staff key
 * takes its team member's role.
 */
export async function creatorVerdict(db: Db, job: BulkJob, now = new Date()): Promise<Verdict> {
  const name = job.createdByName;
  const [member] = await db.select().from(teamMembers).where(eq(teamMembers.fingerprint, job.createdBy));
  if (member?.status === 'revoked') return cancel(`Cancelled: ${member.name}'s access was revoked.`);
  const [row] = job.sessionId ? await db.select().from(panelSessions).where(eq(panelSessions.id, job.sessionId)) : [];
  if (!row) return pause(`Paused: ${name}'s panel session has ended. It goes on when ${name} signs in again.`);
  if (row.idleExpiresAt.getTime() <= now.getTime()) {
    // Nobody else ends an idle session whose DMAPI session the job kept alive: log it out now.
    await endPanelSession(row.id, 'idle');
    return pause(`Paused: ${name}'s session ended after being idle. It goes on when ${name} signs in again.`);
  }
  let role: Role = isRole(row.panelRole) ? row.panelRole : 'read-only';
  if (role !== 'customer' && row.credentialKind === 'api-key') {
    if (!member) return cancel(`Cancelled: ${name} is no longer a member of the team.`);
    role = isRole(member.role) ? member.role : 'read-only';
  }
  if (!isJobKind(job.kind)) return cancel(`Cancelled: unknown kind of job (${job.kind}).`);
  const allowed = permission({ role, userAccess: row.userAccess as UserAccess }, 'domains', kindOf(job.kind).operation);
  return allowed.allowed ? { ok: true } : cancel(`Cancelled: ${allowed.reason}`);
}
