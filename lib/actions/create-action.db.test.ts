import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { auditLog } from '@/lib/db/schema';
import { actAs, fakeRequest, lastLogId, sandboxLog, startTestWorld, type TestWorld } from '@/lib/auth/test-support';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

let world: TestWorld;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  world = await startTestWorld();
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  for (const [name, apiKey] of [['owner', 'sandbox-full-key'], ['readonly', 'sandbox-readonly-key'], ['modify', 'sandbox-modify-key']]) {
    const result = await signInWithCredential({ method: 'api-key', apiKey: apiKey as string }, '198.51.100.5');
    if (!result.ok) throw new Error(result.error);
    sessions[name as string] = result.sessionId;
  }
  // The sign-in's read of the request list is not awaited by sign-in: let it land before tests read the sandbox log.
  const { pendingRequestList } = await import('@/lib/auth/request-list');
  const { hashSessionId } = await import('@/lib/auth/crypto');
  await Promise.all(Object.values(sessions).map((sid) => pendingRequestList(hashSessionId(sid))));
});
afterAll(async () => world?.close());

async function makeActions() {
  const { createAction } = await import('./index');
  const { ExpectedFailure } = await import('@/lib/failure');
  const modify = createAction({
    name: 'testModifyAction',
    area: 'domains',
    operation: 'change',
    schema: z.object({ domain: z.string().min(3, 'Too short'), password: z.string().optional() }),
    handler: async (input, ctx) => {
      const client = await ctx.client();
      await client.call('query-domain-list', {}, { idempotent: true });
      const reply = await client.call('domain-modify', { domain: input.domain, 'billing-c': 'nope' });
      return { procId: reply.procId };
    },
  });
  const panelOnly = createAction({
    name: 'testPanelAction',
    area: 'team',
    operation: 'change',
    schema: z.object({ name: z.string(), apiKey: z.string() }),
    audit: { request: 'panel:test', object: (input) => input.name },
    handler: async (input) => {
      if (input.name === 'fail') throw new ExpectedFailure('Nope', { fieldErrors: { name: ['Not this one'] } });
      return input.name.toUpperCase();
    },
  });
  return { modify, panelOnly };
}

describe('createAction', () => {
  it('refuses without a session and for a role or key that may not, before any DMAPI request', async () => {
    const { modify } = await makeActions();
    const before = await lastLogId(world.sandboxUrl);
    await actAs(null);
    expect(await modify({ domain: 'example.com' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    await actAs(sessions.readonly ?? null);
    expect(await modify({ domain: 'example.com' })).toEqual({
      ok: false,
      code: 'forbidden',
      error: 'Your panel role (Read-only) cannot change domains.',
    });
    expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
  });

  it("refuses a request missing from the key's request list with the list's reason, before any DMAPI request", async () => {
    const { createAction } = await import('./index');
    const { hashSessionId } = await import('@/lib/auth/crypto');
    const { panelSessions } = await import('@/lib/db/schema');
    const lock = createAction({
      name: 'lockForTestAction',
      area: 'domains',
      operation: 'change',
      schema: z.object({ domain: z.string() }),
      handler: async (input, ctx) => (await ctx.client()).call('domain-lock', { domain: input.domain }),
    });
    const id = hashSessionId(sessions.owner ?? '');
    const [row] = await world.database.db.select({ requests: panelSessions.requests }).from(panelSessions).where(eq(panelSessions.id, id));
    expect(row?.requests).toContain('domain-lock');
    // As if this key's list (read at sign-in) lacked domain-lock, while its role and User-Access allow changes.
    await world.database.db.update(panelSessions).set({ requests: row!.requests!.filter((r) => r !== 'domain-lock') }).where(eq(panelSessions.id, id));
    try {
      await actAs(sessions.owner ?? null);
      const before = await lastLogId(world.sandboxUrl);
      expect(await lock({ domain: 'example.com' })).toMatchObject({
        ok: false,
        code: 'forbidden',
        error: "Joker.com does not let this API key send domain-lock (it is not in the key's request list).",
      });
      expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
      const rows = await world.database.db.select().from(auditLog).where(eq(auditLog.action, 'lockForTestAction'));
      expect(rows.map((r) => [r.request, r.outcome])).toEqual([['panel:lockForTestAction', 'error']]);
    } finally {
      await world.database.db.update(panelSessions).set({ requests: row!.requests }).where(eq(panelSessions.id, id));
    }
  });

  it('returns field errors as values and keeps typed values except secrets', async () => {
    const { modify } = await makeActions();
    await actAs(sessions.owner ?? null);
    const form = new FormData();
    form.set('domain', 'x');
    form.set('password', 'hunter22');
    const result = await modify(null, form);
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { domain: ['Too short'] }, values: { domain: 'x' } });
    expect(JSON.stringify(result)).not.toContain('hunter22');
  });

  it('maps a DMAPI refusal to plain words with its Error lines and writes one audit row for the mutation', async () => {
    const { modify } = await makeActions();
    await actAs(sessions.owner ?? null);
    fakeRequest.ip = '203.0.113.50';
    const result = await modify({ domain: 'no-such-domain-here.com', password: 'secret-pw' });
    expect(result).toMatchObject({ ok: false, code: 'dmapi' });
    if (!result.ok) expect(result.dmapiErrors?.length).toBeGreaterThan(0);
    const rows = await world.database.db.select().from(auditLog).where(eq(auditLog.action, 'testModifyAction'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      request: 'domain-modify',
      object: 'no-such-domain-here.com',
      outcome: 'error',
      role: 'owner',
      ip: '203.0.113.50',
      actorName: 'Demo owner (full key)',
    });
    expect(rows[0]?.statusCode).toBeGreaterThanOrEqual(2000);
    expect(JSON.stringify(rows[0])).not.toMatch(/auth-sid|secret-pw/);
  });

  it('audits panel-only changes and expected failures with secrets removed', async () => {
    const { panelOnly } = await makeActions();
    await actAs(sessions.owner ?? null);
    expect(await panelOnly({ name: 'ann', apiKey: 'k-123456' })).toEqual({ ok: true, data: 'ANN' });
    expect(await panelOnly({ name: 'fail', apiKey: 'k-123456' })).toMatchObject({ ok: false, code: 'failed', fieldErrors: { name: ['Not this one'] } });
    const rows = await world.database.db.select().from(auditLog).where(eq(auditLog.action, 'testPanelAction'));
    expect(rows.map((r) => [r.request, r.object, r.outcome])).toEqual([
      ['panel:test', 'ann', 'ok'],
      ['panel:test', 'fail', 'error'],
    ]);
    expect(rows[0]?.params).toEqual({ name: 'ann', apiKey: '[REDACTED]' });
  });

  it('ends the panel session when the stored credential no longer logs in', async () => {
    const { signInWithCredential } = await import('@/lib/auth/sign-in');
    const { hashSessionId } = await import('@/lib/auth/crypto');
    const { encryptSecret } = await import('@/lib/auth/keys');
    const { panelSessions } = await import('@/lib/db/schema');
    const { createAction } = await import('./index');
    const signedIn = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-full-key' }, null);
    if (!signedIn.ok) throw new Error(signedIn.error);
    const id = hashSessionId(signedIn.sessionId);
    // As if the key had been deleted at Joker: the stored credential is refused and the DMAPI session is gone.
    await world.database.db
      .update(panelSessions)
      .set({
        credentialEncrypted: encryptSecret(JSON.stringify({ apiKey: 'deleted-at-joker' }), 'session-credential'),
        authSidEncrypted: encryptSecret('0'.repeat(40), 'session-auth-sid'),
      })
      .where(eq(panelSessions.id, id));
    const read = createAction({
      name: 'testReadAction',
      area: 'domains',
      operation: 'view',
      schema: z.object({}),
      handler: async (_input, ctx) => (await ctx.client()).call('query-domain-list', {}, { idempotent: true }),
    });
    await actAs(signedIn.sessionId);
    expect(await read({})).toMatchObject({ ok: false, code: 'unauthenticated', error: expect.stringMatching(/no longer accepts/) });
    expect(await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id))).toEqual([]);
  });

  it('lets staff see only their own audit rows', async () => {
    const { queryAudit } = await import('./audit');
    const { lookupSession } = await import('@/lib/auth/session-store');
    const owner = await lookupSession(world.database.db, sessions.owner ?? '', 8);
    const modify = await lookupSession(world.database.db, sessions.modify ?? '', 8);
    if (!owner.session || !modify.session) throw new Error('sessions missing');
    expect((await queryAudit(world.database.db, owner.session)).length).toBeGreaterThanOrEqual(3);
    expect(await queryAudit(world.database.db, modify.session)).toEqual([]);
    expect((await queryAudit(world.database.db, owner.session, { request: 'panel:test' })).length).toBe(2);
  });
});
