import 'server-only';
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { PanelSession } from '@/lib/auth/session-store';
import { auditScope } from '@/lib/auth/roles';
import type { Db } from '@/lib/db';
import { auditLog } from '@/lib/db/schema';
import { auditParams, type CapturedCall } from '@/lib/auth/audit-capture';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditWrite {
  session: PanelSession;
  ip: string | null;
  action: string;
  request: string;
  object?: string | null;
  params: Record<string, unknown>;
  /** `intent`: written before a bulk job item's request, so an item sent by a process that died has a row. */
  outcome: 'ok' | 'error' | 'intent';
  statusCode?: number | null;
  errors?: string[];
  trackingId?: string | null;
  procId?: string | null;
}

const OBJECT_PARAMS = ['domain', 'handle', 'host', 'name', 'fqdn', 'email', 'proc-id', 'object'];

/** The object a DMAPI call acted on, from its parameters (domain, contact handle, host…). */
export function objectOf(params: Record<string, string>): string | null {
  for (const name of OBJECT_PARAMS) {
    const value = params[name];
    if (value) return value;
  }
  return null;
}

export async function writeAudit(db: Db, entry: AuditWrite): Promise<void> {
  await db.insert(auditLog).values({
    accountUid: entry.session.uid,
    actorFingerprint: entry.session.actorFingerprint,
    actorName: entry.session.actorName,
    role: entry.session.role,
    ip: entry.ip,
    action: entry.action,
    request: entry.request,
    object: entry.object ?? null,
    params: auditParams(entry.params),
    outcome: entry.outcome,
    statusCode: entry.statusCode ?? null,
    errors: entry.errors ?? [],
    trackingId: entry.trackingId ?? null,
    procId: entry.procId ?? null,
  });
}

/** One audit row per mutating DMAPI call the action made. */
export function rowsFromCalls(calls: CapturedCall[]): Omit<AuditWrite, 'session' | 'ip' | 'action'>[] {
  return calls
    .filter((c) => !c.read)
    .map((c) => ({
      request: c.request,
      object: objectOf(c.params),
      params: c.params,
      outcome: c.statusCode !== null && c.errors.length === 0 && (c.statusCode === 0 || (c.statusCode >= 1000 && c.statusCode < 2000)) ? 'ok' : 'error',
      statusCode: c.statusCode,
      errors: c.errors,
      trackingId: c.trackingId ?? null,
      procId: c.procId ?? null,
    }));
}

export interface AuditFilters {
  actor?: string;
  request?: string;
  object?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** Audit rows the session may see (the owner: the account's; staff: their own), newest first. */
export async function queryAudit(db: Db, session: PanelSession, filters: AuditFilters = {}): Promise<AuditRow[]> {
  const where: SQL[] = [eq(auditLog.accountUid, session.uid)];
  if (auditScope(session.role) === 'own') where.push(eq(auditLog.actorFingerprint, session.actorFingerprint));
  if (filters.actor) where.push(ilike(auditLog.actorName, `%${escapeLike(filters.actor)}%`));
  if (filters.request) where.push(ilike(auditLog.request, `%${escapeLike(filters.request)}%`));
  if (filters.object) where.push(ilike(auditLog.object, `%${escapeLike(filters.object)}%`));
  if (filters.from) where.push(gte(auditLog.at, filters.from));
  if (filters.to) where.push(lt(auditLog.at, filters.to));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filters.limit ?? 200);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
