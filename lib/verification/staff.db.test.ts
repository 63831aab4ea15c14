import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, verificationActivity } from '@/lib/db/schema';
import { createTransport, DmapiClient } from '@/lib/dmapi';
import { advance, call, login } from '@/lib/sandbox/test-helpers';
import { actAs, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { parseListFilters } from './pending';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The staff workspace's server side against the real sandbox and database: the mirror of wa-email-list (order,
 * filters, settled states), resends, answers recorded for an owner, and changes of registrant from the audit log.
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

const dmapi = (request: string, params: Record<string, string> = {}) => call(world.sandboxUrl, request, { 'auth-sid': sid, ...params });
const db = () => world.database.db;

async function outbox(): Promise<Array<{ id: number; to: string; kind: string; key?: string; domain?: string }>> {
  const res = await fetch(`${world.sandboxUrl}/outbox`, { headers: { accept: 'application/json' } });
  return ((await res.json()) as { mails: Array<{ id: number; to: string; kind: string; key?: string; domain?: string }> }).mails;
}

async function sandboxPending(): Promise<string[]> {
  return [...new Set((await dmapi('wa-email-list')).body.split('\n').map((l) => l.split('\t')[0]?.toLowerCase()).filter(Boolean))] as string[];
}

async function ownerSignIn() {
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { lookupSession } = await import('@/lib/auth/session-store');
  const signedIn = await signInWithCredential({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '198.51.100.41');
  if (!signedIn.ok) throw new Error(signedIn.error);
  const { session } = await lookupSession(db(), signedIn.sessionId, 8);
  if (!session) throw new Error('no session');
  return { session, cookieId: signedIn.sessionId };
}

const ownerSession = async () => (await ownerSignIn()).session;

async function sync(uid: string) {
  const { pendingList, syncEntries } = await import('./entries');
  await syncEntries(db(), uid, await pendingList(uid, client, true), client);
}

describe('the pending list mirror', () => {
  it('holds the sandbox’s pending addresses nearest deadline first, and filters by TLD and search', async () => {
    const { queryEntries } = await import('./list');
    const session = await ownerSession();
    await sync(session.uid);
    const expected = await sandboxPending();
    expect(expected.length).toBeGreaterThan(2);
    const page = await queryEntries(db(), session.uid, parseListFilters({ size: '100' }));
    expect(page.rows.map((r) => r.email)).toEqual(expected.slice(0, 100));
    expect(page.counts.pending).toBe(expected.length);
    const first = page.rows[0];
    if (!first) throw new Error('empty');
    const tld = page.tlds[0] as string;
    const byTld = await queryEntries(db(), session.uid, parseListFilters({ tld }));
    expect(byTld.rows.length).toBeGreaterThan(0);
    expect(byTld.rows.every((r) => r.domains.some((d) => d.domain.endsWith(`.${tld}`)))).toBe(true);
    const bySearch = await queryEntries(db(), session.uid, parseListFilters({ q: first.email.toUpperCase() }));
    expect(bySearch.rows.map((r) => r.email)).toEqual([first.email]);
  });

  it('resends: sent for a pending address (a new mail in the outbox), refused for one that is not; both in the history', async () => {
    const { resendMany } = await import('./staff');
    const { activityOf } = await import('./activity');
    const session = await ownerSession();
    const [email] = await sandboxPending();
    if (!email) throw new Error('nothing pending');
    const before = (await outbox())[0]?.id ?? 0;
    const outcomes = await resendMany(db(), client, session, '192.0.2.10', [email, 'nobody@example.test']);
    expect(outcomes.map((o) => [o.email, o.outcome])).toEqual([
      [email, 'sent'],
      ['nobody@example.test', 'refused'],
    ]);
    expect((await outbox()).some((m) => m.id > before && m.kind === 'verification' && m.to.toLowerCase() === email)).toBe(true);
    const history = await activityOf(db(), session.uid, email);
    expect(history[0]).toMatchObject({ kind: 'resend', outcome: 'ok', actorName: session.actorName, ip: '192.0.2.10' });
  });

  it('records a phone answer with who and why; a second answer is refused in words; the mirror settles it', async () => {
    const { recordAnswer } = await import('./staff');
    const { queryEntries } = await import('./list');
    const session = await ownerSession();
    const pending = await sandboxPending();
    const email = pending[1] as string;
    const key = (await outbox()).find((m) => m.kind === 'verification' && m.to.toLowerCase() === email)?.key as string;
    const recorded = await recordAnswer(db(), client, session, null, { key, answer: 'yes', reason: 'Owner called from the number on file' });
    expect(recorded).toMatchObject({ email, answer: 'yes' });
    expect((await dmapi('wa-email-query-status', { email })).body.trim()).toBe('verified');
    await expect(recordAnswer(db(), client, session, null, { key, answer: 'no', reason: 'again' })).rejects.toThrow('already settled');
    const rows = await db().select().from(verificationActivity);
    expect(rows).toContainEqual(expect.objectContaining({ email, kind: 'answer', answer: 'yes', outcome: 'ok', detail: 'Owner called from the number on file' }));
    expect(JSON.stringify(rows)).not.toContain(key);
    const verified = await queryEntries(db(), session.uid, parseListFilters({ state: 'verified' }));
    expect(verified.rows.map((r) => r.email)).toContain(email);
  });

  it('an address whose deadline passes on the sandbox clock leaves the list as lapsed', async () => {
    const { queryEntries } = await import('./list');
    const session = await ownerSession();
    const before = await sandboxPending();
    // Past the nearest deadline, until an address has lapsed for good (a transfer completing meanwhile can start a
    // new verification for the same address: it then stays pending, rightly).
    const invalid: string[] = [];
    for (let round = 0; round < 5 && invalid.length === 0; round++) {
      const first = (await dmapi('wa-email-list')).body.split('\n')[0]?.split('\t')[2] ?? '';
      const { now } = (await (await fetch(`${world.sandboxUrl}/_sandbox/clock`)).json()) as { now: string };
      await advance(world.sandboxUrl, Math.ceil((Date.parse(first) - Date.parse(now)) / 1000) + 60);
      // Sessions time out on the sandbox clock too.
      sid = await login(world.sandboxUrl);
      for (const e of before) if ((await dmapi('wa-email-query-status', { email: e })).body.trim() === 'invalid') invalid.push(e);
    }
    expect(invalid.length).toBeGreaterThan(0);
    const email = invalid[0] as string;
    await sync(session.uid);
    const lapsed = await queryEntries(db(), session.uid, parseListFilters({ state: 'lapsed' }));
    expect(lapsed.rows.map((r) => r.email)).toEqual(expect.arrayContaining(invalid));
    const pending = await queryEntries(db(), session.uid, parseListFilters({}));
    expect(pending.rows.map((r) => r.email)).not.toContain(email);
  });
});

describe('changes of registrant', () => {
  it('lists an owner change made by the domain page’s action with its state: waiting, then confirmed once a registrant says yes', async () => {
    const { loadCors } = await import('./cor');
    const { changeDomainOwnerAction } = await import('@/app/(panel)/contacts/owner-change-actions');
    const { session, cookieId } = await ownerSignIn();
    await actAs(cookieId);
    const domains = (await dmapi('query-domain-list')).body.split('\n').map((l) => l.split(/\s+/)[0]).filter((d): d is string => !!d && d.endsWith('.com'));
    const fields = { fname: 'Nina', lname: 'Neuhaus', email: 'nina.neuhaus@example.test', 'address-1': 'Am Markt 1', city: 'Bremen', 'postal-code': '28195', country: 'DE', phone: '+49.4211234567' };
    const before = (await outbox())[0]?.id ?? 0;
    let domain = '';
    let procId = '';
    // The first .com domain without an owner change already waiting takes it (the sandbox refuses a second one).
    for (const name of domains) {
      const result = await changeDomainOwnerAction({ domain: name, fields, lockOptOut: false });
      if (result.ok) {
        [domain, procId] = [name, result.data.procId];
        break;
      }
    }
    expect(procId).toMatch(/^\d+$/);
    const [row] = await db().select().from(auditLog).where(eq(auditLog.procId, procId));
    expect(row).toMatchObject({ action: 'changeDomainOwnerAction', request: 'domain-owner-change', object: domain, outcome: 'ok' });
    const waiting = await loadCors(db(), session.uid, client);
    expect(waiting).toEqual([expect.objectContaining({ procId, domain, state: 'waiting', requestedBy: session.actorName, newOwner: { name: 'Nina Neuhaus', organization: '', email: 'nina.neuhaus@example.test' }, lockOptOut: false })]);
    const key = (await outbox()).find((m) => m.id > before && m.kind === 'cor' && m.domain === domain)?.key as string;
    expect((await dmapi('cor-verify', { key, answer: 'yes' })).headers.Result).toBe('ACK');
    expect((await loadCors(db(), session.uid, client))[0]).toMatchObject({ procId, state: 'confirmed' });
  });
});
