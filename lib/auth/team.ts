import 'server-only';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { panelSettings, teamMembers } from '@/lib/db/schema';
import { type Credential, credentialKind, keyHint } from './credential';
import { credentialFingerprint, encryptSecret } from './keys';
import { isRole, type Role } from './roles';
import { DEMO_TEAM } from './sandbox-demo';

const RESELLER_UID = 'reseller-uid';

export type TeamMember = typeof teamMembers.$inferSelect;

/** The configured reseller's UID, recorded at its first sign-in (PANEL_RESELLER may name the User-Login instead). */
export async function getResellerUid(db: Db): Promise<string | null> {
  const rows = await db.select().from(panelSettings).where(eq(panelSettings.key, RESELLER_UID));
  return rows[0]?.value ?? null;
}

async function recordResellerUid(db: Db, uid: string): Promise<void> {
  if ((await getResellerUid(db)) === uid) return;
  await db
    .insert(panelSettings)
    .values({ key: RESELLER_UID, value: uid })
    .onConflictDoUpdate({ target: panelSettings.key, set: { value: uid, updatedAt: new Date() } });
}

/** Whether a signed-in account is the configured reseller (PANEL_RESELLER: its UID or User-Login). */
export function isResellerAccount(account: Pick<SignedInAccount, 'uid' | 'userLogin'>, reseller: string | undefined): boolean {
  if (!reseller) return false;
  const wanted = reseller.trim().toLowerCase();
  return account.uid.toLowerCase() === wanted || account.userLogin.trim().toLowerCase() === wanted;
}

const seededDatabases = new WeakSet<Db>();

/**
 * Sandbox only: the demo keys come pre-registered (full key owner, modify key support, read-only key read-only).
 * Once per database, so that an owner's later changes to these rows stick.
 */
export async function seedSandboxTeam(db: Db): Promise<void> {
  // Asked at every sandbox sign-in: once this process has seen the mark, the database keeps it.
  if (seededDatabases.has(db)) return;
  const first = await db
    .insert(panelSettings)
    .values({ key: 'sandbox-team-seeded', value: new Date().toISOString() })
    .onConflictDoNothing()
    .returning();
  if (first.length > 0) {
    await db
      .insert(teamMembers)
      .values(
        DEMO_TEAM.map((d) => ({
          fingerprint: credentialFingerprint({ apiKey: d.apiKey }),
          credentialKind: 'api-key',
          name: d.name,
          role: d.role,
          keyEncrypted: encryptSecret(d.apiKey, 'team-key'),
          keyHint: keyHint({ apiKey: d.apiKey }),
        })),
      )
      .onConflictDoNothing();
  }
  seededDatabases.add(db);
}

export async function findMember(db: Db, fingerprint: string): Promise<TeamMember | undefined> {
  return (await db.select().from(teamMembers).where(eq(teamMembers.fingerprint, fingerprint)))[0];
}

export interface SignedInAccount {
  uid: string;
  userLogin: string;
  userAccess: string;
  tlds: string[];
}

export type RoleDecision = { ok: true; role: Role } | { ok: false; error: string };

/**
 * The panel role of a credential that the DMAPI just accepted. The reseller account is configured (PANEL_RESELLER;
 * in the sandbox the demo reseller), never whoever signs in first: any other account is a customer. On the reseller's
 * account the account holder (username + password) is owner, a registered key has its registered role, and an
 * unknown key is recorded for the owner to assign and signs in read-only meanwhile.
 */
export async function decideRole(
  db: Db,
  credential: Credential,
  account: SignedInAccount,
  options: { reseller: string | undefined },
): Promise<RoleDecision> {
  if (!isResellerAccount(account, options.reseller)) return { ok: true, role: 'customer' };
  await recordResellerUid(db, account.uid);

  const kind = credentialKind(credential);
  const fingerprint = credentialFingerprint(credential);
  const member = await findMember(db, fingerprint);
  const now = new Date();
  if (member?.status === 'revoked') {
    return { ok: false, error: 'The owner has revoked this key’s access to the panel. Ask the owner to restore it.' };
  }
  if (member) {
    await db
      .update(teamMembers)
      .set({ uid: account.uid, userLogin: account.userLogin, userAccess: account.userAccess, lastSignInAt: now })
      .where(eq(teamMembers.id, member.id));
    return { ok: true, role: isRole(member.role) ? member.role : 'read-only' };
  }
  if (kind === 'password') return { ok: true, role: 'owner' };
  await db
    .insert(teamMembers)
    .values({
      uid: account.uid,
      fingerprint,
      credentialKind: kind,
      name: `Unregistered key ${keyHint(credential)}`,
      role: null,
      keyEncrypted: encryptSecret((credential as { apiKey: string }).apiKey, 'team-key'),
      keyHint: keyHint(credential),
      userLogin: account.userLogin,
      userAccess: account.userAccess,
      lastSignInAt: now,
    })
    .onConflictDoNothing();
  return { ok: true, role: 'read-only' };
}

export async function listMembers(db: Db, uid: string): Promise<TeamMember[]> {
  return db
    .select()
    .from(teamMembers)
    .where(or(eq(teamMembers.uid, uid), isNull(teamMembers.uid)))
    .orderBy(asc(teamMembers.createdAt), asc(teamMembers.id));
}

export async function memberOfAccount(db: Db, uid: string, id: number): Promise<TeamMember | undefined> {
  const rows = await db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.id, id), or(eq(teamMembers.uid, uid), isNull(teamMembers.uid))));
  return rows[0];
}
