import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions, signInFailures, teamMembers } from '@/lib/db/schema';
import { actAs, fakeRequest, lastLogId, sandboxLog, startTestWorld, type TestWorld } from './test-support';

vi.mock('next/headers', async () => (await import('./test-support')).nextHeadersMock());

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(async () => world?.close());

async function signIn(input: Parameters<typeof import('./sign-in').signInWithCredential>[0], ip = '198.51.100.1') {
  const { signInWithCredential } = await import('./sign-in');
  return signInWithCredential(input, ip);
}

describe('sign-in against the sandbox', () => {
  it('signs the demo keys in with their pre-registered roles and the customer as customer', async () => {
    const { getSession } = await import('./session');
    const cases = [
      ['sandbox-full-key', 'owner', '@full'],
      ['sandbox-modify-key', 'support', '@modify-only'],
      ['sandbox-readonly-key', 'read-only', '@readonly'],
      ['sandbox-customer-key', 'customer', '@full'],
    ] as const;
    for (const [apiKey, role, access] of cases) {
      const result = await signIn({ method: 'api-key', apiKey });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      await actAs(result.sessionId);
      const session = await getSession();
      expect(session?.role).toBe(role);
      expect(session?.userAccess).toBe(access);
    }
    const owner = await signIn({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' });
    expect(owner.ok).toBe(true);
  });

  it('stores no credential or Auth-Sid in clear text', async () => {
    const rows = await world.database.db.select().from(panelSessions);
    const members = await world.database.db.select().from(teamMembers);
    const dump = JSON.stringify([rows, members]);
    expect(rows.length).toBeGreaterThan(0);
    for (const secret of ['sandbox-full-key', 'sandbox-modify-key', 'sandbox-readonly-key', 'sandbox-customer-key', 'sandbox-reseller']) {
      expect(dump).not.toContain(secret);
    }
    const logins = (await sandboxLog(world.sandboxUrl)).filter((e) => e.request === 'login');
    expect(logins.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.authSidEncrypted).toMatch(/^v1\./);
  });

  it('says why a wrong key fails; a credential is slowed down after five failures, not locked out', async () => {
    const first = await signIn({ method: 'api-key', apiKey: 'wrong-key-1' }, '192.0.2.10');
    expect(first).toMatchObject({ ok: false });
    if (!first.ok) {
      expect(first.error).toMatch(/did not accept this API key/);
      expect(first.error).not.toContain('wrong-key-1');
    }
    for (let i = 0; i < 4; i++) {
      expect(await signIn({ method: 'api-key', apiKey: 'wrong-key-1' }, `192.0.2.${20 + i}`)).toMatchObject({ error: expect.stringMatching(/did not accept/) });
    }
    const before = await lastLogId(world.sandboxUrl);
    const slowed = await signIn({ method: 'api-key', apiKey: 'wrong-key-1' }, '192.0.2.99');
    expect(slowed).toEqual({ ok: false, error: 'Too many failed sign-ins with this API key. Try again in 2 seconds.' });
    expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
    // A different key from a fresh IP is not affected.
    expect((await signIn({ method: 'api-key', apiKey: 'sandbox-full-key' }, '192.0.2.100')).ok).toBe(true);
  });

  it('lets the account holder in after ten wrong passwords from anywhere, once the delay has passed', async () => {
    const { credentialFingerprint } = await import('./keys');
    const { fingerprintSubject } = await import('./rate-limit');
    const subject = fingerprintSubject(credentialFingerprint({ username: 'reseller@sandbox.test', password: '' }));
    // Ten failures, the last one ten minutes ago: the delay after ten is 64 seconds.
    const at = new Date(Date.now() - 10 * 60_000);
    await world.database.db.insert(signInFailures).values(Array.from({ length: 10 }, () => ({ subject, at })));
    const holder = await signIn({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '192.0.2.150');
    expect(holder.ok).toBe(true);
    expect(await world.database.db.select().from(signInFailures).where(eq(signInFailures.subject, subject))).toEqual([]);
  });

  it('an accepted sign-in clears its own attempt and its credential’s failures, keeps its address’s, drops rows past every window', async () => {
    const { credentialFingerprint } = await import('./keys');
    const { fingerprintSubject, ipSubject } = await import('./rate-limit');
    const own = fingerprintSubject(credentialFingerprint({ apiKey: 'sandbox-readonly-key' }));
    const ip = '192.0.2.160';
    const recent = new Date(Date.now() - 60_000);
    await world.database.db.insert(signInFailures).values([
      { subject: own, at: recent },
      { subject: ipSubject(ip), at: recent },
      { subject: 'fp:someone-else', at: new Date(Date.now() - 25 * 3600_000) },
      { subject: 'fp:someone-else', at: recent },
    ]);
    expect((await signIn({ method: 'api-key', apiKey: 'sandbox-readonly-key' }, ip)).ok).toBe(true);
    const left = await world.database.db.select().from(signInFailures).where(inArray(signInFailures.subject, [own, ipSubject(ip), 'fp:someone-else']));
    expect(left.map((r) => [r.subject, r.at.getTime()]).sort()).toEqual([[ipSubject(ip), recent.getTime()], ['fp:someone-else', recent.getTime()]].sort());
  });

  it('refuses an IP after ten failures with any keys, without asking the DMAPI', async () => {
    for (let i = 0; i < 10; i++) await signIn({ method: 'api-key', apiKey: `guess-${i}` }, '192.0.2.200');
    const before = await lastLogId(world.sandboxUrl);
    const locked = await signIn({ method: 'api-key', apiKey: 'sandbox-full-key' }, '192.0.2.200');
    expect(locked).toEqual({ ok: false, error: 'Too many failed sign-ins from your network address. Try again in 15 minutes.' });
    expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
    const failures = await world.database.db.select().from(signInFailures).where(eq(signInFailures.subject, 'ip:192.0.2.200'));
    expect(failures).toHaveLength(10);
  });

  it('counts attempts before asking Joker: forty parallel guesses reach it ten times per IP, five per key', async () => {
    let before = await lastLogId(world.sandboxUrl);
    await Promise.all(Array.from({ length: 40 }, (_, i) => signIn({ method: 'api-key', apiKey: `parallel-${i}` }, '192.0.2.210')));
    expect((await sandboxLog(world.sandboxUrl, before)).filter((e) => e.request === 'login')).toHaveLength(10);
    before = await lastLogId(world.sandboxUrl);
    await Promise.all(Array.from({ length: 40 }, (_, i) => signIn({ method: 'api-key', apiKey: 'parallel-one-key' }, `198.18.0.${i + 1}`)));
    expect((await sandboxLog(world.sandboxUrl, before)).filter((e) => e.request === 'login')).toHaveLength(5);
  });

  it('lets parallel sign-ins with one right key all in (a team sharing a key at nine in the morning)', async () => {
    const { reserveAttempt, fingerprintSubject } = await import('./rate-limit');
    // Another attempt with this key took the lock first and reserved a moment after this one started.
    const now = new Date();
    const fingerprint = 'fp-parallel-right-key';
    await world.database.db.insert(signInFailures).values({ subject: fingerprintSubject(fingerprint), at: new Date(now.getTime() + 5) });
    expect(await reserveAttempt(world.database.db, { ip: '192.0.2.230', fingerprint, noun: 'API key' }, now)).toMatchObject({ ok: true });
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => signIn({ method: 'api-key', apiKey: 'sandbox-full-key' }, `192.0.2.${240 + i}`)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
  });

  it('records an unregistered reseller key for the owner and revoking it ends its sessions', async () => {
    const { getSession } = await import('./session');
    // The sandbox has no extra keys: make the read-only demo key "unregistered" by deleting its row.
    const { credentialFingerprint } = await import('./keys');
    const fp = credentialFingerprint({ apiKey: 'sandbox-readonly-key' });
    await world.database.db.delete(teamMembers).where(eq(teamMembers.fingerprint, fp));
    const result = await signIn({ method: 'api-key', apiKey: 'sandbox-readonly-key' });
    if (!result.ok) throw new Error(result.error);
    const member = (await world.database.db.select().from(teamMembers).where(eq(teamMembers.fingerprint, fp)))[0];
    expect(member?.role).toBeNull();
    expect(member?.name).toMatch(/^Unregistered key/);
    await actAs(result.sessionId);
    expect((await getSession())?.role).toBe('read-only');
    await world.database.db.update(teamMembers).set({ role: 'billing' }).where(eq(teamMembers.fingerprint, fp));
    expect((await getSession())?.role).toBe('billing');
    const { endSessionsOfCredential } = await import('./sign-out');
    await world.database.db.update(teamMembers).set({ status: 'revoked' }).where(eq(teamMembers.fingerprint, fp));
    expect(await endSessionsOfCredential(fp)).toBeGreaterThan(0);
    expect(await getSession()).toBeNull();
    const again = await signIn({ method: 'api-key', apiKey: 'sandbox-readonly-key' });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/revoked/) });
  });

  it('ends a panel session after the idle time and deletes its row', async () => {
    const { lookupSession } = await import('./session-store');
    const result = await signIn({ method: 'api-key', apiKey: 'sandbox-full-key' });
    if (!result.ok) throw new Error(result.error);
    const soon = await lookupSession(world.database.db, result.sessionId, 8, new Date(Date.now() + 7 * 3600_000));
    expect(soon.session?.role).toBe('owner');
    // The touch above slid the expiry to 7 h + 8 h from now.
    const late = await lookupSession(world.database.db, result.sessionId, 8, new Date(Date.now() + 16 * 3600_000));
    expect(late).toEqual({ session: null, reason: 'expired' });
    expect(await lookupSession(world.database.db, result.sessionId, 8)).toEqual({ session: null, reason: 'missing' });
  });

  it('ends a panel session at its maximum lifetime however active it is, with a DMAPI logout', async () => {
    const { getSession, lookupCurrentSession } = await import('./session');
    const { hashSessionId } = await import('./crypto');
    const result = await signIn({ method: 'api-key', apiKey: 'sandbox-full-key' });
    if (!result.ok) throw new Error(result.error);
    const id = hashSessionId(result.sessionId);
    await actAs(result.sessionId);
    expect((await getSession())?.role).toBe('owner');
    // Signed in 169 hours ago (SESSION_MAX_HOURS defaults to a week) and active a minute ago.
    const now = Date.now();
    await world.database.db
      .update(panelSessions)
      .set({ createdAt: new Date(now - 169 * 3600_000), lastSeenAt: new Date(now - 60_000), idleExpiresAt: new Date(now + 7 * 3600_000) })
      .where(eq(panelSessions.id, id));
    const before = await lastLogId(world.sandboxUrl);
    expect(await lookupCurrentSession()).toEqual({ session: null, reason: 'lifetime' });
    expect(await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id))).toEqual([]);
    expect((await sandboxLog(world.sandboxUrl, before)).map((e) => e.request)).toContain('logout');
  });

  it('deletes idle sessions with their credentials at the next sign-in (after its answer)', async () => {
    const { hashSessionId } = await import('./crypto');
    const stale = await signIn({ method: 'api-key', apiKey: 'sandbox-modify-key' });
    if (!stale.ok) throw new Error(stale.error);
    const id = hashSessionId(stale.sessionId);
    await world.database.db.update(panelSessions).set({ idleExpiresAt: new Date(Date.now() - 1000) }).where(eq(panelSessions.id, id));
    expect((await signIn({ method: 'api-key', apiKey: 'sandbox-full-key' })).ok).toBe(true);
    await expect.poll(() => world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id))).toEqual([]);
  });

  it('refuses a forged cookie', async () => {
    const { getSession } = await import('./session');
    fakeRequest.cookie = 'not-a-jwt';
    expect(await getSession()).toBeNull();
  });
});
