import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions } from '@/lib/db/schema';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import type { JobParams } from '../kinds';
import { jobAudit, type JobsWorld, lastSandboxLogId, sandboxLogSince, signInKey, startJobsWorld } from '../test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The register and transfer kinds' sends, through the real runner, executor and DMAPI client, against the sandbox (as
 * senders.db.test.ts does for the other kinds): the one request per name, its parameters as they went over the wire
 * (the auth-id redacted in the audit; the audit writes booleans as true/false, the wire carries 1/0), and the sandbox's
 * state after the request completed.
 */
let world: JobsWorld;
let owner: { id: string; uid: string; fingerprint: string };

beforeAll(async () => {
  world = await startJobsWorld(30);
  const { id } = await signInKey('sandbox-full-key');
  const [row] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id));
  owner = { id, uid: row!.uid, fingerprint: row!.credentialFingerprint };
});
afterAll(async () => world?.close());

async function runJob(action: JobParams, domain: string, extra: Record<string, unknown> = {}) {
  const { insertJob } = await import('../store');
  const { JobRunner } = await import('../runner');
  const { dmapiExecutor } = await import('../dmapi-executor');
  const since = await lastSandboxLogId(world);
  const job = await insertJob(world.database.db, {
    kind: action.kind, params: { action, actorRole: 'owner', ...extra }, accountUid: owner.uid, createdBy: owner.fingerprint,
    createdByName: 'Owner', sessionId: owner.id, title: `test ${action.kind}`, items: [{ domain }],
  });
  await new JobRunner({ db: world.database.db, executor: dmapiExecutor, pollMs: 3_600_000 }).drain();
  const [item] = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
  const log = (await sandboxLogSince(world, since)).filter((e) => e.object === domain);
  // The item's intent row (written before the request) and the request as it went over the wire.
  const rows = await jobAudit(world, job.id);
  expect(rows.filter((r) => r.outcome === 'intent').map((r) => r.object)).toEqual([domain]);
  return { item: item!, log, audit: rows.filter((r) => r.outcome !== 'intent') };
}

async function advance(seconds: number) {
  await fetch(`${world.sandbox.url}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: String(seconds) }) });
}

const handle = (tld: string) => Object.values(world.sandbox.engine.state.contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === tld)!.handle;

describe('register and transfer bulk kinds against the sandbox', () => {
  it('register sends domain-register with months, contacts, ns-list and max-price; the domain exists after the ack', async () => {
    const h = handle('com');
    const action: JobParams = { kind: 'register', period: 24, ownerC: h, adminC: h, techC: h, billingC: h, nsList: ['x.ns.joker.com', 'y.ns.joker.com'], privacy: 'basic', autorenew: false };
    const run = await runJob(action, 'bulk-register-sender.com', { maxPrices: { 'bulk-register-sender.com': 25 } });
    expect(run.item).toMatchObject({ state: 'done', error: null, procId: expect.stringMatching(/^\d+$/) });
    expect(run.log.map((e) => [e.request, e.statusCode])).toEqual([['domain-register', 0]]);
    expect(run.audit).toHaveLength(1);
    expect(run.audit[0]!.params).toEqual({
      domain: 'bulk-register-sender.com', period: '24', status: 'production', 'owner-c': h, 'billing-c': h, 'admin-c': h, 'tech-c': h,
      'ns-list': 'x.ns.joker.com:y.ns.joker.com', autorenew: 'false', privacy: 'basic', 'max-price': '25',
    });
    await advance(5);
    const d = world.sandbox.engine.state.domains.get('bulk-register-sender.com');
    expect(d).toMatchObject({ uid: DEMO.reseller.uid, ownerC: h, ns: ['x.ns.joker.com', 'y.ns.joker.com'], autorenew: false, privacy: 'basic' });
    expect(new Date(d!.expiresAt).getUTCFullYear() - new Date(d!.createdAt).getUTCFullYear()).toBe(2);
  });

  it('transfer sends domain-transfer-in-reseller with the decrypted auth-id (redacted in the audit) and starts the transfer', async () => {
    const { encryptSecret } = await import('@/lib/auth/keys');
    const h = handle('org');
    const action: JobParams = { kind: 'transfer', privacy: 'none', autorenew: true, lock: true };
    const transfers = { 'amazon.org': { authId: encryptSecret('Secret-Auth-42', 'transfer-auth-id'), ownerC: h } };
    const run = await runJob(action, 'amazon.org', { transfers });
    expect(run.item).toMatchObject({ state: 'done', error: null, result: '?' });
    expect(run.log.map((e) => [e.request, e.statusCode])).toEqual([['domain-transfer-in-reseller', 0]]);
    expect(run.audit[0]!.params).toEqual({ domain: 'amazon.org', 'transfer-auth-id': '[REDACTED]', 'owner-c': h, status: 'lock', autorenew: 'true', privacy: 'none' });
    expect(JSON.stringify(run.audit)).not.toContain('Secret-Auth-42');
    const t = world.sandbox.engine.state.transfers['amazon.org'];
    expect(t).toMatchObject({ uid: DEMO.reseller.uid, state: 'IN_DB' });
    expect(t!.request).toMatchObject({ 'owner-c': h, status: 'lock', autorenew: '1' });
  });

  it('a transfer item without stored data fails in words and sends nothing', async () => {
    const run = await runJob({ kind: 'transfer', privacy: 'none', autorenew: true, lock: false }, 'joker.net', { transfers: {} });
    expect(run.item).toMatchObject({ state: 'failed', error: expect.stringMatching(/holds no auth-id/) });
    expect(run.log).toEqual([]);
  });
});
