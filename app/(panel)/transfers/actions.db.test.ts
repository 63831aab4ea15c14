import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { auditLog } from '@/lib/db/schema';
import { bulkJobs } from '@/lib/db/schema/jobs';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import { type JobsWorld, signInKey, startJobsWorld } from '@/lib/jobs/test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * Transfers in, as a signed-in user, against the sandbox: a transfer is started after its checks, the Transfers view
 * records every state it sees as the sandbox clock moves, resend-foa and cancel are accepted only in the states that
 * allow them (and refused in the state's words otherwise), and a CSV list runs as a bulk job whose auth-ids are kept
 * only encrypted. No auth-id reaches the audit log.
 */
let world: JobsWorld;
let actions: typeof import('./actions');
let view: () => Promise<import('@/lib/lifecycle/transfer-view').TransfersView>;

const state = () => world.sandbox.engine.state;
const handle = (tld: string) => Object.values(state().contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === tld)!.handle;
const options = { nsMode: 'keep' as const, nsText: '', privacy: 'none' as const, autorenew: true, lock: true };

async function advance(seconds: number) {
  await fetch(`${world.sandbox.url}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: String(seconds) }) });
}
async function outbox() {
  const res = await fetch(`${world.sandbox.url}/outbox`, { headers: { Accept: 'application/json' } });
  return ((await res.json()) as { mails: { kind: string; domain: string | null }[] }).mails;
}
const row = async (domain: string) => (await view()).transfers.find((t) => t.domain === domain);

beforeAll(async () => {
  world = await startJobsWorld(30);
  actions = await import('./actions');
  const { cookieId } = await signInKey('sandbox-full-key');
  await actAs(cookieId);
  const { transfersView } = await import('@/lib/lifecycle/transfer-list');
  const { lookupCurrentSession, clientForSession } = await import('@/lib/auth');
  view = async () => {
    const { session } = await lookupCurrentSession();
    if (!session) throw new Error('no session');
    return transfersView(world.database.db, session.uid, await clientForSession(session.id));
  };
});
afterAll(async () => {
  const holder = globalThis as { __jobRunner?: Promise<{ stop(): Promise<void> }> };
  await (await holder.__jobRunner)?.stop();
  await world?.close();
});

describe('transfer in and follow it', () => {
  it('refuses a name registered nowhere and a missing auth-id; starts a transfer and watches its states advance', async () => {
    expect(await actions.transferInAction({ domain: 'nobody-has-this.com', transferAuthId: 'abcd1234', ownerC: handle('com'), ...options, confirmedTotal: 10.16 })).toMatchObject({ ok: false, fieldErrors: { domain: [expect.stringMatching(/register it instead/)] } });
    expect(await actions.transferInAction({ domain: 'google.com', transferAuthId: '', ownerC: handle('com'), ...options, confirmedTotal: 10.16 })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { transferAuthId: [expect.any(String)] } });
    const started = await actions.transferInAction({ domain: 'google.com', transferAuthId: 'Zig-Zag-77', ownerC: handle('com'), ...options, confirmedTotal: 10.16 });
    expect(started).toMatchObject({ ok: true, data: { procId: expect.stringMatching(/^\d+$/), total: 10.16 } });
    expect(state().transfers['google.com']).toMatchObject({ state: 'IN_DB', uid: DEMO.reseller.uid });
    expect(await row('google.com')).toMatchObject({ pending: true, state: 'IN_DB', canCancel: true, canResendFoa: false, startedBy: expect.any(String), procId: (started as { data: { procId: string } }).data.procId });
    await advance(61);
    await row('google.com');
    await advance(8 * 60);
    const waiting = await row('google.com');
    expect(waiting).toMatchObject({ state: 'FOA_BEEN_SENT', canResendFoa: true, info: { label: 'Waiting for the owner' } });
    expect(waiting?.states.map((s) => s.state)).toEqual(['IN_DB', 'PAYMENT_PREPARED', 'FOA_BEEN_SENT']);
    const foas = (await outbox()).filter((m) => m.kind === 'transfer-foa' && m.domain === 'google.com').length;
    expect(await actions.resendFoaAction({ domain: 'google.com' })).toMatchObject({ ok: true });
    expect((await outbox()).filter((m) => m.kind === 'transfer-foa' && m.domain === 'google.com').length).toBe(foas + 2);
    expect(JSON.stringify(await world.database.db.select().from(auditLog))).not.toContain('Zig-Zag-77');
  });

  it('cancels while allowed; refuses cancel and resend-foa in words once the state no longer allows them', async () => {
    const started = await actions.transferInAction({ domain: 'amazon.net', transferAuthId: 'abcd-1234', ownerC: handle('net'), ...options, confirmedTotal: 12.29 });
    expect(started.ok).toBe(true);
    expect(await actions.resendFoaAction({ domain: 'amazon.net' })).toMatchObject({ ok: false, error: expect.stringMatching(/only while Joker\.com waits for the owner.*Received/) });
    expect(await actions.cancelTransferAction({ domain: 'amazon.net' })).toMatchObject({ ok: true, data: { state: 'IN_DB' } });
    expect(state().transfers['amazon.net']?.state).toBe('CANCELLED');
    expect(await row('amazon.net')).toMatchObject({ pending: false, endedAt: expect.any(String), canCancel: false, state: 'CANCELLED' });
    // google.com walks on: after the owner's 1 hour and the losing registrar's 5 days it is beyond cancelling.
    await advance(3600 + 180);
    await row('google.com');
    await advance(5 * 86_400 + 30);
    expect((await row('google.com'))?.state).toBe('DOMAIN_WITH_JOKER_PENDING_COMPLETE');
    expect(await actions.cancelTransferAction({ domain: 'google.com' })).toMatchObject({ ok: false, error: expect.stringMatching(/can no longer be cancelled/) });
    await advance(15 * 60);
    const done = await row('google.com');
    expect(done).toMatchObject({ pending: false, endedAt: expect.any(String) });
    expect(done?.states.map((s) => s.state)).toEqual([
      'IN_DB', 'PAYMENT_PREPARED', 'FOA_BEEN_SENT', 'REGISTRY_REQUEST_RECEIVED_NOW_WAITING', 'DOMAIN_WITH_JOKER_PENDING_COMPLETE', 'TRANSFER_PROCESSED_SUCCESSFULLY',
    ]);
    expect(state().domains.get('google.com')).toMatchObject({ uid: DEMO.reseller.uid, locked: true });
  });
});

describe('bulk transfer from a CSV list', () => {
  it('summarizes the rows (left out and why) and starts a job whose auth-ids are stored only encrypted', async () => {
    const csv = `domain,auth-id,owner-c\nfacebook.com,Auth-One-1,${handle('com')}\nwikipedia.org,Auth-Two-2\nfree-name-xyz.com,abcd\n${'apple.net'},,`;
    const input = { authIdCsv: csv, ownerC: handle('org'), adminC: '', techC: '', billingC: '', ...options };
    const preview = await actions.previewBulkTransferAction(input);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ listed: 3, send: 2, problems: [{ line: 5, message: expect.stringMatching(/auth-id is missing/) }] });
    expect(preview.data.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/register it instead/)]);
    const started = await actions.startBulkTransferAction({ ...input, confirmedTotal: preview.data.total });
    if (!started.ok) throw new Error(started.error);
    const [job] = (await world.database.db.select().from(bulkJobs)).filter((j) => j.id === started.data.jobId);
    const stored = JSON.stringify(job!.params);
    expect(stored).not.toContain('Auth-One-1');
    expect(job!.params).toMatchObject({ transfers: { 'facebook.com': { ownerC: handle('com'), authId: expect.any(String) }, 'wikipedia.org': { ownerC: handle('org') } } });
    for (let i = 0; i < 100 && !(state().transfers['facebook.com'] && state().transfers['wikipedia.org']); i++) await new Promise((r) => setTimeout(r, 100));
    expect(state().transfers['facebook.com']).toMatchObject({ uid: DEMO.reseller.uid, request: { 'owner-c': handle('com') } });
    expect(state().transfers['wikipedia.org']).toMatchObject({ request: { 'owner-c': handle('org') } });
    expect(JSON.stringify(await world.database.db.select().from(auditLog))).not.toMatch(/Auth-One-1|Auth-Two-2/);
  });
});
