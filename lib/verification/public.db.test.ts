import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSettings, verificationActivity } from '@/lib/db/schema';
import { advance, call, login } from '@/lib/sandbox/test-helpers';
import { startTestWorld, type TestWorld } from '@/lib/auth/test-support';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The public landing pages' server side against the real sandbox and a real database: the service credential the
 * owner designates (checked, stored sealed, never readable back), /verify's look-up and answers, /cor's answers.
 */
let world: TestWorld;
let sid: string;
beforeAll(async () => {
  world = await startTestWorld();
  sid = await login(world.sandboxUrl);
});
afterAll(async () => world?.close());

interface Mail {
  id: number;
  to: string;
  kind: string;
  key?: string;
  domain?: string;
}
async function outbox(): Promise<Mail[]> {
  const res = await fetch(`${world.sandboxUrl}/outbox`, { headers: { accept: 'application/json' } });
  return ((await res.json()) as { mails: Mail[] }).mails;
}
const dmapi = (request: string, params: Record<string, string> = {}) => call(world.sandboxUrl, request, { 'auth-sid': sid, ...params });

async function ownerSession() {
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { lookupSession } = await import('@/lib/auth/session-store');
  const signedIn = await signInWithCredential({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, '198.51.100.40');
  if (!signedIn.ok) throw new Error(signedIn.error);
  const { session } = await lookupSession(world.database.db, signedIn.sessionId, 8);
  if (!session) throw new Error('no session');
  return session;
}

/** A pending address of the seed and its key (from the outbox, as the owner would have it). */
async function pendingKey(skip: string[] = []): Promise<{ email: string; key: string }> {
  const emails = [...new Set((await dmapi('wa-email-list')).body.split('\n').map((l) => l.split('\t')[0]?.toLowerCase()).filter(Boolean))] as string[];
  const mails = await outbox();
  for (const email of emails) {
    if (skip.includes(email)) continue;
    const key = mails.find((m) => m.kind === 'verification' && m.to.toLowerCase() === email)?.key;
    if (key) return { email, key };
  }
  throw new Error('the seed has no pending verification with a mailed key');
}

describe('the service credential', () => {
  it('is refused in words for an unknown, a read-only or another account’s key, and the pages say they are not set up', async () => {
    const { designateServiceCredential } = await import('@/lib/auth/service-credential');
    const { loadVerifyView } = await import('./public');
    const owner = await ownerSession();
    const { key } = await pendingKey();
    expect(await loadVerifyView(key, '192.0.2.1')).toEqual({ kind: 'not-configured' });
    await expect(designateServiceCredential(world.database.db, owner, 'no-such-key')).rejects.toThrow('did not accept this API key');
    await expect(designateServiceCredential(world.database.db, owner, 'sandbox-readonly-key')).rejects.toThrow('read-only');
    await expect(designateServiceCredential(world.database.db, owner, 'sandbox-customer-key')).rejects.toThrow('another Joker.com account');
    expect(await world.database.db.select().from(panelSettings)).not.toContainEqual(expect.objectContaining({ key: 'service-credential' }));
  });

  it('is stored sealed: the database never holds the key in plain text', async () => {
    const { designateServiceCredential, serviceCredentialInfo } = await import('@/lib/auth/service-credential');
    const info = await designateServiceCredential(world.database.db, await ownerSession(), 'sandbox-full-key');
    expect(info).toMatchObject({ configured: true, userAccess: '@full' });
    expect(JSON.stringify(info)).not.toContain('sandbox-full-key');
    expect(JSON.stringify(await serviceCredentialInfo(world.database.db))).not.toContain('sandbox-full-key');
    const rows = await world.database.db.select().from(panelSettings);
    expect(rows.some((r) => r.key === 'service-credential')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('sandbox-full-key');
  });
});

describe('/verify', () => {
  it('explains a missing, damaged or unknown key', async () => {
    const { loadVerifyView } = await import('./public');
    expect(await loadVerifyView(undefined, '192.0.2.2')).toEqual({ kind: 'no-key' });
    expect(await loadVerifyView('<script>', '192.0.2.2')).toEqual({ kind: 'bad-key' });
    expect(await loadVerifyView('0'.repeat(32), '192.0.2.2')).toEqual({ kind: 'unknown' });
  });

  it('shows the address and domains of a key; "yes" verifies it at Joker.com and records the answer; a second answer is refused', async () => {
    const { answerVerification, loadVerifyView } = await import('./public');
    const { email, key } = await pendingKey();
    const view = await loadVerifyView(key, '192.0.2.3');
    expect(view).toMatchObject({ kind: 'pending', email });
    const result = await answerVerification({ key, answer: 'yes' }, '192.0.2.3');
    expect(result).toMatchObject({ ok: true, answer: 'yes', email });
    expect((await dmapi('wa-email-query-status', { email })).body.trim()).toBe('verified');
    const activity = await world.database.db.select().from(verificationActivity);
    expect(activity).toContainEqual(expect.objectContaining({ email, kind: 'owner-answer', answer: 'yes', outcome: 'ok', actorName: 'Owner on the landing page', ip: '192.0.2.3' }));
    expect(JSON.stringify(activity)).not.toContain(key);
    expect(await answerVerification({ key, answer: 'no' }, '192.0.2.3')).toEqual({ ok: false, view: { kind: 'verified' } });
    expect(await loadVerifyView(key, '192.0.2.3')).toMatchObject({ kind: 'verified' });
  });

  it('"no" marks the address invalid at Joker.com; the key then says it was answered "no"', async () => {
    const { answerVerification, loadVerifyView } = await import('./public');
    const first = await pendingKey();
    const { email, key } = await pendingKey([first.email]);
    expect(await answerVerification({ key, answer: 'no' }, '192.0.2.4')).toMatchObject({ ok: true, answer: 'no' });
    expect((await dmapi('wa-email-query-status', { email })).body.trim()).toBe('invalid');
    // Opened again: answered "no", in those words (not "expired").
    expect(await loadVerifyView(key, '192.0.2.4')).toMatchObject({ kind: 'declined', email });
    expect(await answerVerification({ key, answer: 'yes' }, '192.0.2.4')).toEqual({ ok: false, view: { kind: 'declined' } });
  });

  it('limits one client address, not the others', async () => {
    const { loadVerifyView } = await import('./public');
    const { PUBLIC_LIMITS } = await import('./public-limit');
    for (let i = 0; i < PUBLIC_LIMITS.view.max; i++) expect((await loadVerifyView('0'.repeat(32), '192.0.2.99')).kind).toBe('unknown');
    expect((await loadVerifyView('0'.repeat(32), '192.0.2.99')).kind).toBe('limited');
    expect((await loadVerifyView('0'.repeat(32), '192.0.2.100')).kind).toBe('unknown');
  });
});

describe('/cor', () => {
  it('confirms an owner change with a mailed key: the domain gets the new owner; the spent key is not accepted', async () => {
    const { answerChangeOfRegistrant } = await import('./public');
    const domains = (await dmapi('query-domain-list')).body.split('\n').map((l) => l.split(/\s+/)[0]).filter((d): d is string => !!d && d.endsWith('.com'));
    const before = (await outbox())[0]?.id ?? 0;
    let domain = '';
    for (const name of domains) {
      const reply = await dmapi('domain-owner-change', {
        domain: name, fname: 'Nina', lname: 'Neuhaus', email: 'nina.neuhaus@example.test', 'address-1': 'Am Markt 1', city: 'Bremen', 'postal-code': '28195', country: 'DE', phone: '+49.4211234567',
      });
      if (reply.headers['Proc-ID']) {
        domain = name;
        break;
      }
    }
    expect(domain).not.toBe('');
    const handle = async () => /^domain\.handle: (\S+)/m.exec((await dmapi('query-whois', { domain })).body)?.[1];
    const ownerBefore = await handle();
    const keys = (await outbox()).filter((m) => m.id > before && m.kind === 'cor' && m.domain === domain).map((m) => m.key as string);
    expect(keys).toHaveLength(2);
    expect(await answerChangeOfRegistrant({ key: keys[0], answer: 'yes' }, '192.0.2.5')).toEqual({ ok: true, answer: 'yes' });
    expect(await handle()).not.toBe(ownerBefore);
    expect(await answerChangeOfRegistrant({ key: keys[1], answer: 'yes' }, '192.0.2.5')).toEqual({ ok: false, view: { kind: 'not-accepted' } });
    expect(await answerChangeOfRegistrant({ key: 'short', answer: 'yes' }, '192.0.2.5')).toEqual({ ok: false, view: { kind: 'bad-key' } });
  });
});

describe('/verify after the deadline', () => {
  it('an expired key says it has expired, in other words than an answered "no"', async () => {
    const { createTransport, DmapiClient } = await import('@/lib/dmapi');
    const { pendingList, syncEntries } = await import('./entries');
    const { answerVerification, loadVerifyView } = await import('./public');
    const owner = await ownerSession();
    const client = new DmapiClient({ transport: createTransport({ baseUrl: world.sandboxUrl }), credential: { apiKey: 'sandbox-full-key' } });
    try {
      await syncEntries(world.database.db, owner.uid, await pendingList(owner.uid, client, true), client);
      const { email, key } = await pendingKey();
      const deadline = (await dmapi('wa-email-list')).body.split('\n').find((l) => l.toLowerCase().startsWith(`${email}\t`))?.split('\t')[2] ?? '';
      const { now } = (await (await fetch(`${world.sandboxUrl}/_sandbox/clock`)).json()) as { now: string };
      await advance(world.sandboxUrl, Math.ceil((Date.parse(deadline) - Date.parse(now)) / 1000) + 60);
      sid = await login(world.sandboxUrl);
      expect((await dmapi('wa-email-query-status', { email })).body.trim()).toBe('invalid');
      // The workspace's next read of the pending list settles the address as lapsed.
      await syncEntries(world.database.db, owner.uid, await pendingList(owner.uid, client, true), client);
      expect(await loadVerifyView(key, '192.0.2.6')).toMatchObject({ kind: 'expired', email });
      expect(await answerVerification({ key, answer: 'yes' }, '192.0.2.6')).toEqual({ ok: false, view: { kind: 'expired' } });
    } finally {
      client.dispose();
    }
  });
});
