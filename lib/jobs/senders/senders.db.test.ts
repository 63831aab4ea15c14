import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { panelSessions } from '@/lib/db/schema';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import { contactUsableFor } from '@/lib/sandbox/rules/links';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import type { Domain } from '@/lib/sandbox/state/types';
import type { JobParams } from '../kinds';
import { jobAudit, type JobsWorld, lastSandboxLogId, pickDomains, sandboxLogSince, signInKey, startJobsWorld } from '../test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * Each kind's send, through the real runner, executor and DMAPI client, against the sandbox: the sandbox's state
 * after the item ran, the one request it logged for the domain, and the parameters as they went over the wire
 * (captured at the transport into the job's audit rows). A kind that sends the wrong request or drops a parameter
 * fails here.
 */
let world: JobsWorld;
let owner: { id: string; uid: string; fingerprint: string };
const used = new Set<string>();

beforeAll(async () => {
  world = await startJobsWorld(60);
  const { id } = await signInKey('sandbox-full-key');
  const [row] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id));
  owner = { id, uid: row!.uid, fingerprint: row!.credentialFingerprint };
});
afterAll(async () => world?.close());

/** A reseller domain not used by another test yet, matching `where`. */
const pick = (where: (d: Domain) => boolean): Domain => pickDomains(world, 1, where, used)[0]!;

async function runJob(action: JobParams, domain: string, extra: Record<string, unknown> = {}) {
  const { insertJob } = await import('../store');
  const { JobRunner } = await import('../runner');
  const { dmapiExecutor } = await import('../dmapi-executor');
  const since = await lastSandboxLogId(world);
  const job = await insertJob(world.database.db, {
    kind: action.kind,
    params: { action, actorRole: 'owner', ...extra },
    accountUid: owner.uid,
    createdBy: owner.fingerprint,
    createdByName: 'Owner',
    sessionId: owner.id,
    title: `test ${action.kind}`,
    items: [{ domain }],
  });
  await new JobRunner({ db: world.database.db, executor: dmapiExecutor, pollMs: 3_600_000 }).drain();
  const [item] = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
  // The requests for this domain, and what the audit captured of the one write.
  const log = (await sandboxLogSince(world, since)).filter((e) => e.object === domain);
  const audit = await jobAudit(world, job.id);
  return { item: item!, log, audit };
}

function expectOneRequest(run: Awaited<ReturnType<typeof runJob>>, request: string, params: Record<string, string>) {
  expect(run.item).toMatchObject({ state: 'done', error: null });
  expect(run.log.map((e) => [e.request, e.statusCode])).toEqual([[request, 0]]);
  // The intent, written before the request (an item sent by a process killed mid-request still has a row), then
  // the request as it went over the wire.
  const [intent, sent, ...more] = [...run.audit].sort((a, b) => a.id - b.id);
  expect(more).toEqual([]);
  expect(intent).toMatchObject({ request, outcome: 'intent', object: run.item.domain, statusCode: null });
  expect(intent!.params).toMatchObject({ kind: expect.any(String), domain: run.item.domain });
  expect(sent).toMatchObject({ request, outcome: 'ok', statusCode: 0 });
  expect(sent!.params).toEqual(params);
}

describe('bulk job kinds against the sandbox', () => {
  it('lock sends domain-lock and the domain is locked', async () => {
    const d = pick((x) => !x.locked);
    const run = await runJob({ kind: 'lock' }, d.name);
    expectOneRequest(run, 'domain-lock', { domain: d.name });
    expect(world.sandbox.engine.state.domains.get(d.name)?.locked).toBe(true);
    expect(run.item.procId).toMatch(/^\d+$/);
  });

  it('unlock sends domain-unlock and the domain is unlocked', async () => {
    const d = pick((x) => x.locked);
    const run = await runJob({ kind: 'unlock' }, d.name);
    expectOneRequest(run, 'domain-unlock', { domain: d.name });
    expect(world.sandbox.engine.state.domains.get(d.name)?.locked).toBe(false);
  });

  it('autorenew on and off send domain-set-property autorenew 1 / 0', async () => {
    const off = pick((x) => !x.autorenew);
    expectOneRequest(await runJob({ kind: 'autorenew', on: true }, off.name), 'domain-set-property', { domain: off.name, pname: 'autorenew', pvalue: '1' });
    expect(world.sandbox.engine.state.domains.get(off.name)?.autorenew).toBe(true);
    const on = pick((x) => x.autorenew);
    expectOneRequest(await runJob({ kind: 'autorenew', on: false }, on.name), 'domain-set-property', { domain: on.name, pname: 'autorenew', pvalue: '0' });
    expect(world.sandbox.engine.state.domains.get(on.name)?.autorenew).toBe(false);
  });

  it('privacy off sends domain-set-property privacy off and the subscription is switched off', async () => {
    const now = world.sandbox.engine.clock.now();
    const d = pick((x) => x.privacy !== 'none' && x.privacyActive && (x.privacyExpiresAt === null || x.privacyExpiresAt > now));
    const run = await runJob({ kind: 'privacy', level: 'off' }, d.name);
    expectOneRequest(run, 'domain-set-property', { domain: d.name, pname: 'privacy', pvalue: 'off' });
    expect(world.sandbox.engine.state.domains.get(d.name)?.privacyActive).toBe(false);
  });

  it('privacy basic and pro send domain-set-property privacy basic / pro and the level is switched', async () => {
    // A pro subscription may be switched down to basic and back up (a basic one cannot go up without an order).
    const now = world.sandbox.engine.clock.now();
    const d = pick((x) => x.privacy === 'pro' && x.privacyActive && (x.privacyExpiresAt === null || x.privacyExpiresAt > now));
    expectOneRequest(await runJob({ kind: 'privacy', level: 'basic' }, d.name), 'domain-set-property', { domain: d.name, pname: 'privacy', pvalue: 'basic' });
    expect(world.sandbox.engine.state.domains.get(d.name)).toMatchObject({ privacy: 'basic', privacyActive: true });
    expectOneRequest(await runJob({ kind: 'privacy', level: 'pro' }, d.name), 'domain-set-property', { domain: d.name, pname: 'privacy', pvalue: 'pro' });
    expect(world.sandbox.engine.state.domains.get(d.name)).toMatchObject({ privacy: 'pro', privacyActive: true });
  });

  it('renew sends domain-renew with the period and the expiry moves on a year', async () => {
    const d = pick((x) => x.tld === 'com' && !x.premium && x.lastRenewAt === null);
    const before = d.expiresAt;
    const run = await runJob({ kind: 'renew', period: 12 }, d.name);
    expectOneRequest(run, 'domain-renew', { domain: d.name, period: '12' });
    const after = new Date(world.sandbox.engine.state.domains.get(d.name)!.expiresAt);
    expect(after.getUTCFullYear()).toBe(new Date(before).getUTCFullYear() + 1);
  });

  it('renew by expiration year sends expyear, and the max-price stored for the domain', async () => {
    const d = pick((x) => x.tld === 'com' && !x.premium && x.lastRenewAt === null);
    const target = new Date(d.expiresAt).getUTCFullYear() + 2;
    const run = await runJob({ kind: 'renew', expyear: target }, d.name, { maxPrices: { [d.name]: 1000 } });
    expectOneRequest(run, 'domain-renew', { domain: d.name, expyear: String(target), 'max-price': '1000' });
    expect(new Date(world.sandbox.engine.state.domains.get(d.name)!.expiresAt).getUTCFullYear()).toBe(target);
  });

  it('nameservers sends domain-modify with the whole ns-list, and only that', async () => {
    const d = pick((x) => x.tld === 'com');
    const contacts = [d.adminC, d.techC, d.billingC];
    const run = await runJob({ kind: 'nameservers', ns: ['ns1.bulk-test.example', 'ns2.bulk-test.example'] }, d.name);
    expectOneRequest(run, 'domain-modify', { domain: d.name, 'ns-list': 'ns1.bulk-test.example:ns2.bulk-test.example' });
    const after = world.sandbox.engine.state.domains.get(d.name)!;
    expect(after.ns).toEqual(['ns1.bulk-test.example', 'ns2.bulk-test.example']);
    expect([after.adminC, after.techC, after.billingC]).toEqual(contacts);
  });

  it('contacts sends domain-modify with admin-c only: tech-c and billing-c stay as they were', async () => {
    const d = pick((x) => x.tld === 'com');
    const account = world.sandbox.engine.state.accounts[DEMO.reseller.uid]!;
    const handle = Object.values(world.sandbox.engine.state.contacts).find(
      (c) => c.uid === DEMO.reseller.uid && c.handle !== d.adminC && contactUsableFor(account, c, d.tld),
    )!.handle;
    const { techC, billingC, ns } = d;
    const run = await runJob({ kind: 'contacts', adminC: handle }, d.name);
    expectOneRequest(run, 'domain-modify', { domain: d.name, 'admin-c': handle });
    const after = world.sandbox.engine.state.domains.get(d.name)!;
    expect(after.adminC).toBe(handle.toUpperCase());
    expect([after.techC, after.billingC, after.ns]).toEqual([techC, billingC, ns]);
  });

  it('contacts with all three roles sends all three', async () => {
    const d = pick((x) => x.tld === 'com');
    const account = world.sandbox.engine.state.accounts[DEMO.reseller.uid]!;
    const handles = Object.values(world.sandbox.engine.state.contacts)
      .filter((c) => c.uid === DEMO.reseller.uid && contactUsableFor(account, c, d.tld))
      .map((c) => c.handle);
    const [a, t, b] = [handles[0]!, handles[1] ?? handles[0]!, handles[2] ?? handles[0]!];
    const run = await runJob({ kind: 'contacts', adminC: a, techC: t, billingC: b }, d.name);
    expectOneRequest(run, 'domain-modify', { domain: d.name, 'admin-c': a, 'tech-c': t, 'billing-c': b });
    const after = world.sandbox.engine.state.domains.get(d.name)!;
    expect([after.adminC, after.techC, after.billingC]).toEqual([a, t, b].map((h) => h.toUpperCase()));
  });
});

describe('after a crash, a request result-list never lists is read back', () => {
  it('autorenew: the item sent before the crash is done, the one that never left is "not applied"; nothing is re-sent', async () => {
    const { claimItems, insertJob, markSent } = await import('../store');
    const { JobRunner, NOT_APPLIED } = await import('../runner');
    const { dmapiExecutor } = await import('../dmapi-executor');
    const [arrived, lost] = [pick((x) => !x.autorenew), pick((x) => !x.autorenew)];
    const job = await insertJob(world.database.db, {
      kind: 'autorenew',
      params: { action: { kind: 'autorenew', on: true }, actorRole: 'owner' },
      accountUid: owner.uid,
      createdBy: owner.fingerprint,
      createdByName: 'Owner',
      sessionId: owner.id,
      title: 'takeover',
      items: [{ domain: arrived.name }, { domain: lost.name }],
    });
    // A worker claims both with a tiny lease, marks both sent, sends one and dies.
    const claimed = (await claimItems(world.database.db, 'dead', 10, 1)).filter((i) => i.jobId === job.id);
    for (const item of claimed) expect(await markSent(world.database.db, item, 'dead')).toBe('sent');
    await dmapiExecutor.send(job, claimed.find((i) => i.domain === arrived.name)!);
    await new Promise((r) => setTimeout(r, 20));
    const since = await lastSandboxLogId(world);
    await new JobRunner({ db: world.database.db, executor: dmapiExecutor, workerId: 'restarted', pollMs: 3_600_000 }).drain();
    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
    expect(items.find((i) => i.domain === arrived.name)).toMatchObject({ state: 'done', error: null });
    expect(items.find((i) => i.domain === lost.name)).toMatchObject({ state: 'failed', error: NOT_APPLIED });
    // The takeover only read: one domain-get-property per item, no domain-set-property.
    const log = await sandboxLogSince(world, since);
    expect(log.filter((e) => e.request === 'domain-set-property')).toEqual([]);
    expect(log.filter((e) => e.request === 'domain-get-property').map((e) => e.object).sort()).toEqual([arrived.name, lost.name].sort());
    expect(world.sandbox.engine.state.domains.get(lost.name)?.autorenew).toBe(false);
  });
});

describe('a request that fails without saying whether it was carried out', () => {
  async function fault(request: string, mode: string, count = 1) {
    const res = await fetch(`${world.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request, mode, count }),
    });
    expect(res.ok).toBe(true);
  }

  it('autorenew after HTTP 500 and a garbled reply: read back, "not applied, safe to retry", never sent twice', async () => {
    for (const mode of ['http500', 'garbage']) {
      const d = pick((x) => !x.autorenew);
      await fault('domain-set-property', mode);
      const run = await runJob({ kind: 'autorenew', on: true }, d.name);
      expect(run.item.state).toBe('failed');
      expect(run.item.error).toMatch(/Read back: not applied, safe to retry\.$/);
      // The failed request changed nothing; the panel read the domain back once and sent nothing more.
      expect(run.log.filter((e) => e.request === 'domain-set-property' && e.statusCode === 0)).toEqual([]);
      expect(run.log.filter((e) => e.request === 'domain-get-property')).toHaveLength(1);
      expect(world.sandbox.engine.state.domains.get(d.name)?.autorenew).toBe(false);
    }
  });

  it('a renewal after HTTP 500 that result-list does not show stays unknown (it is not offered for retry)', async () => {
    const d = pick((x) => x.expiresAt > world.sandbox.engine.clock.now());
    await fault('domain-renew', 'http500');
    const run = await runJob({ kind: 'renew', period: 12 }, d.name);
    expect(run.item.state).toBe('failed');
    expect(run.item.error).toMatch(/^Unknown — /);
    const { retryableFailures } = await import('../queries');
    expect(await retryableFailures(world.database.db, run.item.jobId)).toEqual({ domains: [], unknown: 1 });
  });
});
