import 'server-only';
import { createHash } from 'node:crypto';

/**
 * Whose zone edits a browser may show: the editor keeps an unsaved edit in the browser's storage under this scope, so
 * an edit left by one user (a session that ended by idle expiry, not by signing out) never comes back to another
 * user of the same browser, and comes back to its own user after the next sign-in. It is a one-way hash of the
 * account and the credential's fingerprint (itself keyed with the panel secret, lib/auth/crypto.ts): opaque and
 * stable, and nothing can be learnt from it.
 */
export function zoneDraftScope(session: { uid: string; actorFingerprint: string }): string {
  return createHash('sha256').update(`zone-draft\0${session.uid}\0${session.actorFingerprint}`).digest('base64url').slice(0, 22);
}
