import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { teamMembers } from '@/lib/db/schema';
import { startTestWorld, type TestWorld } from './test-support';

vi.mock('next/headers', async () => (await import('./test-support')).nextHeadersMock());

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => world?.close());

async function ownerSession() {
  const { signInWithCredential } = await import('./sign-in');
  const { lookupSession } = await import('./session-store');
  const signedIn = await signInWithCredential({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '198.51.100.30');
  if (!signedIn.ok) throw new Error(signedIn.error);
  const lookup = await lookupSession(world.database.db, signedIn.sessionId, 8);
  if (!lookup.session) throw new Error('no session');
  return lookup.session;
}

async function roleOf(apiKey: string) {
  const { credentialFingerprint } = await import('./keys');
  const rows = await world.database.db.select().from(teamMembers).where(eq(teamMembers.fingerprint, credentialFingerprint({ apiKey })));
  return rows[0]?.role;
}

describe('registering a staff key', () => {
  it('sets the role of a reseller key, but never demotes an owner’s key', async () => {
    const { registerStaffKey } = await import('./team-admin');
    const owner = await ownerSession();
    expect(owner.role).toBe('owner');
    await registerStaffKey(owner, { name: 'Vera', role: 'verification', apiKey: 'sandbox-readonly-key' });
    expect(await roleOf('sandbox-readonly-key')).toBe('verification');
    // The sandbox's full key is a pre-registered owner key; the account holder signed in with the password.
    await expect(registerStaffKey(owner, { name: 'Demoted', role: 'read-only', apiKey: 'sandbox-full-key' })).rejects.toThrow(/owner’s key/);
    expect(await roleOf('sandbox-full-key')).toBe('owner');
  });
});
