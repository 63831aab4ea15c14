import 'server-only';
import { and, asc, count, desc, eq, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { verificationEntries } from '@/lib/db/schema';
import type { EntryState, ListFilters } from '@/lib/schemas/verification';
import { lastResends, latestNotes } from './activity';
import { DAY_MS } from './pending';

/** One row of the workspace list, as the page hands it to the browser (plain data, no key). */
export interface EntryView {
  email: string;
  domains: { domain: string; deadline: string | null }[];
  /** ms, or null when Joker gave none. */
  deadline: number | null;
  state: EntryState;
  resolvedAt: number | null;
  lastResend: number | null;
  note: { body: string; authorName: string; at: number } | null;
}

export interface EntryPage {
  rows: EntryView[];
  /** Rows matching the filters, over every page. */
  total: number;
  /** Addresses per state, unfiltered (the state tabs). */
  counts: Record<EntryState, number>;
  /** TLDs among the pending entries, for the TLD filter. */
  tlds: string[];
}

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function where(uid: string, f: ListFilters, now: number): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(verificationEntries.accountUid, uid)];
  if (f.state !== 'all') parts.push(eq(verificationEntries.state, f.state));
  if (f.within !== undefined) parts.push(lte(verificationEntries.deadline, new Date(now + f.within * DAY_MS)));
  if (f.tld) parts.push(sql`${verificationEntries.tlds} like ${like(` ${f.tld} `)}`);
  if (f.q) parts.push(or(ilike(verificationEntries.email, like(f.q)), sql`${verificationEntries.domains}::text ilike ${like(f.q)}`));
  return and(...parts);
}

/**
 * One page of the mirror with the filters of the URL: pending entries nearest deadline first, settled ones most
 * recently settled first. Paging and filtering run in the database, so thousands of addresses cost one page.
 */
export async function queryEntries(db: Db, uid: string, f: ListFilters, now = Date.now()): Promise<EntryPage> {
  const condition = where(uid, f, now);
  const order =
    f.state === 'pending'
      ? [sql`${verificationEntries.deadline} asc nulls last`, asc(verificationEntries.email)]
      : [sql`${verificationEntries.resolvedAt} desc nulls last`, asc(verificationEntries.deadline), asc(verificationEntries.email)];
  const [rows, [total], byState, tldRows] = await Promise.all([
    db
      .select()
      .from(verificationEntries)
      .where(condition)
      .orderBy(...order)
      .limit(f.size)
      .offset((f.page - 1) * f.size),
    db.select({ n: count() }).from(verificationEntries).where(condition),
    db.select({ state: verificationEntries.state, n: count() }).from(verificationEntries).where(eq(verificationEntries.accountUid, uid)).groupBy(verificationEntries.state),
    db
      .selectDistinct({ tlds: verificationEntries.tlds })
      .from(verificationEntries)
      .where(and(eq(verificationEntries.accountUid, uid), eq(verificationEntries.state, 'pending'))),
  ]);
  const emails = rows.map((r) => r.email);
  const [notes, resends] = await Promise.all([latestNotes(db, uid, emails), lastResends(db, uid, emails)]);
  const counts: Record<EntryState, number> = { pending: 0, lapsed: 0, verified: 0, refused: 0, closed: 0 };
  for (const s of byState) if (s.state in counts) counts[s.state as EntryState] = s.n;
  const tlds = [...new Set(tldRows.flatMap((r) => r.tlds.trim().split(' ')).filter(Boolean))].sort();
  return {
    rows: rows.map((r) => {
      const note = notes.get(r.email);
      return {
        email: r.email,
        domains: r.domains,
        deadline: r.deadline?.getTime() ?? null,
        state: r.state as EntryState,
        resolvedAt: r.resolvedAt?.getTime() ?? null,
        lastResend: resends.get(r.email)?.getTime() ?? null,
        note: note ? { body: note.body, authorName: note.authorName, at: note.at.getTime() } : null,
      };
    }),
    total: total?.n ?? 0,
    counts,
    tlds,
  };
}

/** The mirror's entry of one address, or undefined when the panel has never seen it pending. */
export async function entryOf(db: Db, uid: string, email: string): Promise<EntryView | undefined> {
  const [row] = await db
    .select()
    .from(verificationEntries)
    .where(and(eq(verificationEntries.accountUid, uid), eq(verificationEntries.email, email.toLowerCase())))
    .orderBy(desc(verificationEntries.lastSeen))
    .limit(1);
  if (!row) return undefined;
  const [notes, resends] = await Promise.all([latestNotes(db, uid, [row.email]), lastResends(db, uid, [row.email])]);
  const note = notes.get(row.email);
  return {
    email: row.email,
    domains: row.domains,
    deadline: row.deadline?.getTime() ?? null,
    state: row.state as EntryState,
    resolvedAt: row.resolvedAt?.getTime() ?? null,
    lastResend: resends.get(row.email)?.getTime() ?? null,
    note: note ? { body: note.body, authorName: note.authorName, at: note.at.getTime() } : null,
  };
}
