/**
 * Contact defaults per TLD (Settings → Contact defaults), kept per DMAPI account in the panel's database. The one
 * server-only module of lib/contacts (the rest is browser-safe and exported from index.ts; this is not).
 */
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db';
import { contactDefaults } from '@/lib/db/schema';

export const CONTACT_ROLES = ['owner', 'admin', 'tech', 'billing'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** The default handle of each role for one TLD; a role without a default is absent. */
export type ContactDefaults = Partial<Record<ContactRole, string>>;

export interface ContactDefaultsRow extends ContactDefaults {
  tld: string;
  updatedBy: string;
  updatedAt: Date;
}

function rolesOf(row: { owner: string | null; admin: string | null; tech: string | null; billing: string | null }): ContactDefaults {
  const out: ContactDefaults = {};
  for (const role of CONTACT_ROLES) {
    const handle = row[role];
    if (handle) out[role] = handle;
  }
  return out;
}

/**
 * The defaults of `tld` for the account (`{}` when none are set): what register, transfer and the bulk contact
 * replacement pre-fill. `db` is for tests; the panel passes nothing.
 */
export async function contactDefaultsFor(accountUid: string, tld: string, db?: Db): Promise<ContactDefaults> {
  const database = db ?? (await getDb());
  const [row] = await database
    .select()
    .from(contactDefaults)
    .where(and(eq(contactDefaults.accountUid, accountUid), eq(contactDefaults.tld, tld.toLowerCase())));
  return row ? rolesOf(row) : {};
}

/** Every TLD with defaults, by TLD. */
export async function listContactDefaults(accountUid: string, db?: Db): Promise<ContactDefaultsRow[]> {
  const database = db ?? (await getDb());
  const rows = await database.select().from(contactDefaults).where(eq(contactDefaults.accountUid, accountUid)).orderBy(asc(contactDefaults.tld));
  return rows.map((r) => ({ tld: r.tld, updatedBy: r.updatedBy, updatedAt: r.updatedAt, ...rolesOf(r) }));
}

/** Sets (replaces) the defaults of one TLD; with no handle at all the TLD's row is removed. */
export async function saveContactDefaults(accountUid: string, tld: string, defaults: ContactDefaults, updatedBy: string, db?: Db): Promise<void> {
  const database = db ?? (await getDb());
  const key = tld.toLowerCase();
  if (CONTACT_ROLES.every((role) => !defaults[role])) {
    await removeContactDefaults(accountUid, key, database);
    return;
  }
  const values = {
    owner: defaults.owner ?? null, admin: defaults.admin ?? null, tech: defaults.tech ?? null, billing: defaults.billing ?? null,
    updatedBy, updatedAt: new Date(),
  };
  await database
    .insert(contactDefaults)
    .values({ accountUid, tld: key, ...values })
    .onConflictDoUpdate({ target: [contactDefaults.accountUid, contactDefaults.tld], set: values });
}

export async function removeContactDefaults(accountUid: string, tld: string, db?: Db): Promise<void> {
  const database = db ?? (await getDb());
  await database.delete(contactDefaults).where(and(eq(contactDefaults.accountUid, accountUid), eq(contactDefaults.tld, tld.toLowerCase())));
}
