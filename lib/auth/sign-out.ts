import 'server-only';
import { getDb } from '@/lib/db';
import { DmapiClient } from '@/lib/dmapi';
import { hashSessionId } from './crypto';
import { dropClient, panelTransport } from './dmapi-pool';
import { deleteSession, deleteSessionsByFingerprint, loadDmapiState } from './session-store';

/**
 * Ends a panel session: DMAPI `logout` (so the Auth-Sid is dead at Joker, not merely forgotten here), then the row
 * with its encrypted credential is deleted. A failing logout does not keep the row: the user asked to leave.
 */
export async function endPanelSession(id: string): Promise<void> {
  const db = await getDb();
  let client = await dropClient(id);
  if (!client) {
    const state = await loadDmapiState(db, id).catch(() => null);
    if (state) client = new DmapiClient({ transport: panelTransport(), credential: state.credential, session: state.dmapi });
  }
  try {
    await client?.logout();
  } catch (error) {
    console.warn('[auth] DMAPI logout failed at sign-out:', error instanceof Error ? error.message : 'unknown error');
  }
  await deleteSession(db, id);
}

/** By the session id the cookie carries (next-auth's sign-out event). */
export async function endSessionById(sessionId: string): Promise<void> {
  await endPanelSession(hashSessionId(sessionId));
}

/** Every session of one credential (a revoked team member): their DMAPI sessions end too. */
export async function endSessionsOfCredential(fingerprint: string): Promise<number> {
  const db = await getDb();
  const ids = await deleteSessionsByFingerprint(db, fingerprint);
  await Promise.all(
    ids.map(async (id) => {
      const client = await dropClient(id);
      await client?.logout().catch(() => undefined);
    }),
  );
  return ids.length;
}
