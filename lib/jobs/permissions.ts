import { permission, type Permission, type Subject } from '@/lib/auth/roles';
import { isJobKind, KINDS } from './kinds';

/**
 * Who may cancel a bulk job: whoever may start its kind (domains × the kind's operation) may cancel their own job
 * of that kind; the owner may cancel any job of the account. Pure: the job page decides its button with it and the
 * cancel actions enforce it.
 */
export function cancelPermission(subject: Subject & { actorFingerprint: string }, job: { kind: string; createdBy: string }): Permission {
  if (!isJobKind(job.kind)) return { allowed: false, reason: 'This job is of an unknown kind.' };
  if (subject.role === 'owner') return { allowed: true };
  const start = permission(subject, 'domains', KINDS[job.kind].operation);
  if (!start.allowed) return start;
  if (job.createdBy !== subject.actorFingerprint) return { allowed: false, reason: 'Only the owner can cancel a job someone else started.' };
  return { allowed: true };
}
