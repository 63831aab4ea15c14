import 'server-only';
import { and, desc, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { auditLog } from '@/lib/db/schema';
import { type DmapiClient, resultList, resultRetrieve } from '@/lib/dmapi';

/**
 * Changes of registrant made through the panel, with their state. The DMAPI has no list of pending CORs and no
 * look-up by key; what the panel knows is its own audit log (each accepted `domain-owner-change` with its Proc-ID and
 * the new owner's data, whichever action sent it: the domain page's changeDomainOwnerAction, or a bulk job's item) and the request's result: `?` while the registrants have not answered, `ack` once the change
 * is carried out (cor-verify yes), `nack` when it was refused or its deadline passed (with the reason).
 */
export type CorState = 'waiting' | 'confirmed' | 'refused' | 'unknown';

export interface CorView {
  procId: string;
  domain: string;
  requestedAt: number;
  requestedBy: string;
  newOwner: { name: string; organization: string; email: string };
  /** lock-opt-out=yes: no 60-day transfer lock after the change. */
  lockOptOut: boolean;
  state: CorState;
  reason?: string;
}

/** How far back the panel looks (result-list's default period is 90 days too). */
const DAYS = 90;
/** Reasons are fetched (result-retrieve) for at most this many refused changes per view. */
const MAX_REASONS = 20;

const text = (v: unknown) => (typeof v === 'string' && v !== '[REDACTED]' ? v.trim() : '');

function ownerOf(params: Record<string, unknown>): CorView['newOwner'] {
  const name = text(params.name) || [text(params.fname), text(params.lname)].filter(Boolean).join(' ');
  return { name, organization: text(params.organization), email: text(params.email) };
}

export async function loadCors(db: Db, uid: string, client: DmapiClient, now = Date.now()): Promise<CorView[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.accountUid, uid),
        eq(auditLog.request, 'domain-owner-change'),
        eq(auditLog.outcome, 'ok'),
        isNotNull(auditLog.procId),
        gte(auditLog.at, new Date(now - DAYS * 86_400_000)),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(500);
  if (rows.length === 0) return [];
  const results = await resultList(client, { rtype: 'domain-owner-change', period: DAYS });
  const status = new Map(results.map((r) => [r.procId, r.status]));
  let reasons = 0;
  const views: CorView[] = [];
  for (const row of rows) {
    const params = row.params ?? {};
    const s = status.get(row.procId as string);
    const view: CorView = {
      procId: row.procId as string,
      domain: row.object ?? text(params.domain),
      requestedAt: row.at.getTime(),
      requestedBy: row.actorName,
      newOwner: ownerOf(params),
      lockOptOut: /^(yes|y|1|true)$/i.test(text(params['lock-opt-out'])),
      state: s === '?' ? 'waiting' : s === 'ack' ? 'confirmed' : s === 'nack' ? 'refused' : 'unknown',
    };
    if (view.state === 'refused' && reasons++ < MAX_REASONS) {
      const retrieved = await resultRetrieve(client, { procId: view.procId }).catch(() => null);
      const errors = retrieved?.fields.error ?? [];
      // Joker's own reason lines ("… was refused", "… not confirmed within 14 days"), shown as text.
      if (errors.length) view.reason = errors.join('; ');
    }
    views.push(view);
  }
  return views;
}
