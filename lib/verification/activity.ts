import 'server-only';
import { and, desc, eq, gte, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { verificationActivity, verificationNotes } from '@/lib/db/schema';

/**
 * The workspace's own history per owner e-mail: notes and activity (who resent when, who looked a key up, what an
 * owner answered and where). Keys are never written here; the e-mail and domains are what a key stood for.
 */
export type ActivityKind = 'resend' | 'lookup' | 'answer' | 'owner-answer' | 'cor-answer';
export type ActivityRow = typeof verificationActivity.$inferSelect;
export type NoteRow = typeof verificationNotes.$inferSelect;

export interface Actor {
  name: string;
  fingerprint: string | null;
  ip: string | null;
}

export interface NewActivity {
  accountUid: string;
  email: string | null;
  domains?: string[];
  kind: ActivityKind;
  answer?: 'yes' | 'no';
  outcome: 'ok' | 'refused' | 'error';
  detail: string;
}

export async function recordActivity(db: Db, actor: Actor, entry: NewActivity): Promise<void> {
  await db.insert(verificationActivity).values({
    accountUid: entry.accountUid,
    email: entry.email?.toLowerCase() ?? null,
    domains: entry.domains ?? [],
    kind: entry.kind,
    answer: entry.answer ?? null,
    outcome: entry.outcome,
    // A reason typed by staff is kept as typed; the longest allowed is 1,000 characters (lib/schemas/verification).
    detail: entry.detail.slice(0, 2000),
    actorName: actor.name,
    actorFingerprint: actor.fingerprint,
    ip: actor.ip,
  });
}

export async function addNote(db: Db, accountUid: string, email: string, body: string, author: { name: string; fingerprint: string }): Promise<NoteRow> {
  const [row] = await db
    .insert(verificationNotes)
    .values({ accountUid, email: email.toLowerCase(), body, authorName: author.name, authorFingerprint: author.fingerprint })
    .returning();
  return row as NoteRow;
}

/** Notes of one address, newest first. */
export function notesOf(db: Db, accountUid: string, email: string, limit = 200): Promise<NoteRow[]> {
  return db
    .select()
    .from(verificationNotes)
    .where(and(eq(verificationNotes.accountUid, accountUid), eq(verificationNotes.email, email.toLowerCase())))
    .orderBy(desc(verificationNotes.at), desc(verificationNotes.id))
    .limit(limit);
}

/** Activity of one address, newest first. */
export function activityOf(db: Db, accountUid: string, email: string, limit = 200): Promise<ActivityRow[]> {
  return db
    .select()
    .from(verificationActivity)
    .where(and(eq(verificationActivity.accountUid, accountUid), eq(verificationActivity.email, email.toLowerCase())))
    .orderBy(desc(verificationActivity.at), desc(verificationActivity.id))
    .limit(limit);
}

/** Answers given on the public change-of-registrant page, newest first (they name no e-mail or domain). */
export function recentCorAnswers(db: Db, accountUid: string, limit = 20): Promise<ActivityRow[]> {
  return db
    .select()
    .from(verificationActivity)
    .where(and(eq(verificationActivity.accountUid, accountUid), eq(verificationActivity.kind, 'cor-answer')))
    .orderBy(desc(verificationActivity.at), desc(verificationActivity.id))
    .limit(limit);
}

/** The newest note of each address among `emails`. */
export async function latestNotes(db: Db, accountUid: string, emails: string[]): Promise<Map<string, NoteRow>> {
  const out = new Map<string, NoteRow>();
  if (emails.length === 0) return out;
  const rows = await db
    .selectDistinctOn([verificationNotes.email])
    .from(verificationNotes)
    .where(and(eq(verificationNotes.accountUid, accountUid), inArray(verificationNotes.email, emails)))
    .orderBy(verificationNotes.email, desc(verificationNotes.at), desc(verificationNotes.id));
  for (const row of rows) out.set(row.email, row);
  return out;
}

/** When each address among `emails` was last resent through the panel (accepted by Joker). */
export async function lastResends(db: Db, accountUid: string, emails: string[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (emails.length === 0) return out;
  const rows = await db
    .select({ email: verificationActivity.email, at: max(verificationActivity.at) })
    .from(verificationActivity)
    .where(
      and(
        eq(verificationActivity.accountUid, accountUid),
        eq(verificationActivity.kind, 'resend'),
        eq(verificationActivity.outcome, 'ok'),
        inArray(verificationActivity.email, emails),
      ),
    )
    .groupBy(verificationActivity.email);
  for (const row of rows) if (row.email && row.at) out.set(row.email, new Date(row.at));
  return out;
}

/** Whether a "no" for this address was accepted through the panel since `since` (a refusal, not a lapse). */
export async function answeredNoSince(db: Db, accountUid: string, email: string, since: Date): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(verificationActivity)
    .where(
      and(
        eq(verificationActivity.accountUid, accountUid),
        eq(verificationActivity.email, email.toLowerCase()),
        inArray(verificationActivity.kind, ['answer', 'owner-answer']),
        eq(verificationActivity.answer, 'no'),
        eq(verificationActivity.outcome, 'ok'),
        gte(verificationActivity.at, since),
      ),
    );
  return (row?.n ?? 0) > 0;
}
