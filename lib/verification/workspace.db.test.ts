import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verificationActivity, verificationEntries } from '@/lib/db/schema';
import { createTransport, DmapiClient } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { call, login } from '@/lib/sandbox/test-helpers';
import { startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { DAY_MS, parseListFilters } from './pending';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The workspace's list filters and paging, its notes, and the staff key look-up, against a real database (and the
 * real sandbox for the look-up).
 */
let world: TestWorld;
let sid: string;
let client: DmapiClient;
beforeAll(async () => {
  world = await startTestWorld();
  sid = await login(world.sandboxUrl);
  client = new DmapiClient({ transport: createTransport({ baseUrl: world.sandboxUrl }), credential: { apiKey: 'sandbox-full-key' } });
});
afterAll(async () => {
  client?.dispose();
  await world?.close();
});

const db = () => world.database.db;
const dmapi = (request: string, params: Record<string, string> = {}) => call(world.sandboxUrl, request, { 'auth-sid': sid, ...params });

async function ownerSession() {
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { lookupSession } = await import('@/lib/auth/session-store');
  const signedIn = await signInWithCredential({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '198.51.100.42');
  if (!signedIn.ok) throw new Error(signedIn.error);
  const { session } = await lookupSession(db(), signedIn.sessionId, 8);
  if (!session) throw new Error('no session');
  return session;
}

// A mirror of 60 pending addresses, one deadline every 12 hours from NOW on, for an account of its own.
const UID = 'paging-test-account';
const NOW = Date.parse('2030-01-01T00:00:00Z');
const emailNo = (i: number) => `owner${String(i).padStart(2, '0')}@example.test`;
async function seedMirror() {
  await db()
    .insert(verificationEntries)
    .values(
      Array.from({ length: 60 }, (_, i) => ({
        accountUid: UID,
        email: emailNo(i),
        domains: [{ domain: `site${i}.com`, deadline: new Date(NOW + (i + 1) * 12 * 3_600_000).toISOString() }],
        tlds: ' com ',
        deadline: new Date(NOW + (i + 1) * 12 * 3_600_000),
        state: 'pending',
      })),
    );
}

describe('the list’s deadline filter and paging', () => {
  beforeAll(seedMirror);

  it('"within N days" keeps the addresses whose deadline is at most N days away, nearest first', async () => {
    const { queryEntries } = await import('./list');
    const within3 = await queryEntries(db(), UID, parseListFilters({ within: '3', size: '100' }), NOW);
    // Deadlines at 12, 24 … 72 hours: six addresses.
    expect(within3.rows.map((r) => r.email)).toEqual([0, 1, 2, 3, 4, 5].map(emailNo));
    expect(within3.total).toBe(6);
    expect(within3.rows.every((r) => (r.deadline as number) <= NOW + 3 * DAY_MS)).toBe(true);
    const within0 = await queryEntries(db(), UID, parseListFilters({ within: '0' }), NOW);
    expect(within0.total).toBe(0);
    // The counts per state stay unfiltered (the state tabs).
    expect(within3.counts.pending).toBe(60);
  });

  it('pages are consecutive slices: page 2 of 25 starts at the 26th address, the last page holds the rest', async () => {
    const { queryEntries } = await import('./list');
    const all = (await queryEntries(db(), UID, parseListFilters({ size: '100' }), NOW)).rows.map((r) => r.email);
    expect(all).toEqual(Array.from({ length: 60 }, (_, i) => emailNo(i)));
    const page2 = await queryEntries(db(), UID, parseListFilters({ size: '25', page: '2' }), NOW);
    expect(page2.rows.map((r) => r.email)).toEqual(all.slice(25, 50));
    expect(page2.total).toBe(60);
    const page3 = await queryEntries(db(), UID, parseListFilters({ size: '25', page: '3' }), NOW);
    expect(page3.rows.map((r) => r.email)).toEqual(all.slice(50));
    const page2Within = await queryEntries(db(), UID, parseListFilters({ size: '25', page: '2', within: '20' }), NOW);
    // 20 days: deadlines up to 480 hours, addresses 0–39; page 2 is 25–39.
    expect(page2Within.rows.map((r) => r.email)).toEqual(all.slice(25, 40));
    expect(page2Within.total).toBe(40);
  });
});

describe('notes', () => {
  it('are kept per address, newest first; the list shows the newest one of each address', async () => {
    const { addNote, latestNotes, notesOf } = await import('./activity');
    const { queryEntries } = await import('./list');
    const author = { name: 'Wanda Workspace', fingerprint: 'fp-wanda' };
    await addNote(db(), UID, emailNo(0).toUpperCase(), 'Called the owner, no answer', author);
    await addNote(db(), UID, emailNo(0), 'Owner promised to click the link today', author);
    await addNote(db(), UID, emailNo(1), '<b>not markup</b>', author);
    await addNote(db(), 'another-account', emailNo(0), 'Someone else’s note', author);
    expect((await notesOf(db(), UID, emailNo(0))).map((n) => n.body)).toEqual(['Owner promised to click the link today', 'Called the owner, no answer']);
    const latest = await latestNotes(db(), UID, [emailNo(0), emailNo(1), emailNo(2)]);
    expect([...latest.entries()].map(([e, n]) => [e, n.body])).toEqual([
      [emailNo(0), 'Owner promised to click the link today'],
      [emailNo(1), '<b>not markup</b>'],
    ]);
    const page = await queryEntries(db(), UID, parseListFilters({ size: '25' }), NOW);
    expect(page.rows[0]?.note).toMatchObject({ body: 'Owner promised to click the link today', authorName: 'Wanda Workspace' });
    expect(page.rows[2]?.note).toBeNull();
  });
});

describe('key look-up (wa-email-details)', () => {
  it('names the address, domains and state of a mailed key and keeps the look-up (without the key) in the history', async () => {
    const { lookupKey } = await import('./staff');
    const { activityOf } = await import('./activity');
    const session = await ownerSession();
    const rows = (await dmapi('wa-email-list')).body.split('\n').filter(Boolean).map((l) => l.split('\t'));
    const email = rows[0]?.[0]?.toLowerCase() as string;
    const domains = rows.filter((r) => r[0]?.toLowerCase() === email).map((r) => r[1]);
    const res = await fetch(`${world.sandboxUrl}/outbox`, { headers: { accept: 'application/json' } });
    const key = ((await res.json()) as { mails: { to: string; kind: string; key?: string }[] }).mails.find((m) => m.kind === 'verification' && m.to.toLowerCase() === email)?.key as string;
    const found = await lookupKey(db(), client, session, '192.0.2.20', key);
    expect(found).toEqual({ status: 'pending', statusWords: 'Waiting for the owner’s answer', email, domains: expect.arrayContaining(domains) });
    expect(found.domains).toHaveLength(domains.length);
    const history = await activityOf(db(), session.uid, email);
    expect(history[0]).toMatchObject({ kind: 'lookup', outcome: 'ok', actorName: session.actorName, ip: '192.0.2.20' });
    expect(JSON.stringify(await db().select().from(verificationActivity))).not.toContain(key);
  });

  it('an unknown key is an expected failure next to the key field, and nothing is recorded', async () => {
    const { lookupKey } = await import('./staff');
    const session = await ownerSession();
    const before = (await db().select().from(verificationActivity)).length;
    const failure = await lookupKey(db(), client, session, null, '0'.repeat(32)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExpectedFailure);
    expect((failure as ExpectedFailure).fieldErrors?.key?.[0]).toMatch(/^Unknown key/);
    expect((await db().select().from(verificationActivity)).length).toBe(before);
  });
});
