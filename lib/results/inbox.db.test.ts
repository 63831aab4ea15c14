import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema';
import { resultFiltersSchema } from '@/lib/schemas/results';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

let world: TestWorld;
let owner = '';
let sentOutside = '';
beforeAll(async () => {
  world = await startTestWorld();
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const result = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-full-key' }, '198.51.100.5');
  if (!result.ok) throw new Error(result.error);
  owner = result.sessionId;
});
afterAll(async () => world?.close());

/** A DMAPI write straight to the sandbox, as another client of the same account would send it. */
async function outside(request: string, params: Record<string, string>): Promise<string> {
  const login = await (await fetch(`${world.sandboxUrl}/request/login?api-key=sandbox-full-key`)).text();
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const reply = await (await fetch(`${world.sandboxUrl}/request/${request}`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, ...params }) })).text();
  return /^Proc-ID: (\d+)/m.exec(reply)?.[1] ?? '';
}

async function unlocked(n: number): Promise<string[]> {
  const login = await (await fetch(`${world.sandboxUrl}/request/login?api-key=sandbox-full-key`)).text();
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const body = await (await fetch(`${world.sandboxUrl}/request/query-domain-list`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, showstatus: '1' }) })).text();
  return body
    .split('\n')
    .map((l) => l.split(/\s+/))
    .filter(([name, , status]) => name?.includes('.') && !name.startsWith('xn--') && (status ?? '').includes('production') && !(status ?? '').includes('lock'))
    .map(([name]) => name as string)
    .slice(0, n);
}

describe('the queued-request inbox', () => {
  it('joins each result-list row with who caused it: the panel user, a bulk job, or nobody in this panel', async () => {
    const [a, b, c] = await unlocked(3);
    await actAs(owner);
    const { lockDomainAction } = await import('@/app/(panel)/domains/[domain]/actions');
    const sent = await lockDomainAction({ domain: a ?? '', lock: true });
    if (!sent.ok) throw new Error(sent.error);
    const panelId = String((sent.data as { procId: string }).procId);
    const jobId = await outside('domain-lock', { domain: b ?? '' });
    const outsideId = await outside('domain-lock', { domain: c ?? '' });
    sentOutside = outsideId;

    const { getSession } = await import('@/lib/auth');
    const session = await getSession();
    if (!session) throw new Error('no session');
    const [job] = await world.database.db
      .insert(bulkJobs)
      .values({ kind: 'lock', params: {}, accountUid: session.uid, createdBy: session.actorFingerprint, createdByName: session.actorName, total: 1, title: 'Lock: 1 domain' })
      .returning({ id: bulkJobs.id });
    await world.database.db.insert(bulkJobItems).values({ jobId: job?.id ?? 0, domain: b ?? '', procId: jobId, state: 'sent' });

    const { loadInboxPage } = await import('./inbox');
    const { getDmapiClient } = await import('@/lib/auth');
    const client = await getDmapiClient();
    const page = await loadInboxPage(client, session, resultFiltersSchema.parse({ type: 'domain-lock' }));
    const byId = new Map(page.rows.map((r) => [r.procId, r]));
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(byId.get(panelId)?.cause).toMatchObject({ kind: 'panel', self: true, action: 'lockDomainAction' });
    expect(byId.get(jobId)?.cause).toMatchObject({ kind: 'panel', self: true, jobId: job?.id, jobTitle: 'Lock: 1 domain' });
    expect(byId.get(outsideId)?.cause).toEqual({ kind: 'outside' });
    expect(byId.get(panelId)?.object).toBe(a);

    // Paging: size 25 with count-only's total; a Proc-ID filter narrows to one.
    const one = await loadInboxPage(client, session, resultFiltersSchema.parse({ procId: panelId }));
    expect(one.total).toBe(1);
    expect(one.rows.map((r) => r.procId)).toEqual([panelId]);
  });

  it('deletes replies: finished ones go, one still unknown is said, and Joker keeps only the status', async () => {
    // The request sent outside the panel in the first test.
    const id = sentOutside;
    expect(id).toMatch(/^\d+$/);
    await actAs(owner);
    const { deleteResultsAction } = await import('@/app/(panel)/results/actions');
    // Wait for Joker's answer (the sandbox completes queued work within seconds).
    const { getDmapiClient } = await import('@/lib/auth');
    const { followQueued } = await import('./follow');
    for (let i = 0; i < 60; i++) {
      const o = await followQueued(await getDmapiClient(), id);
      if (o.status === 'ack' || o.status === 'nack') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const res = await deleteResultsAction({ procIds: [id, '999999999'] });
    if (!res.ok) throw new Error(res.error);
    expect(res.data.deleted).toEqual([id]);
    expect(res.data.failed.map((f: { procId: string }) => f.procId)).toEqual(['999999999']);
    const { resultRetrieve } = await import('@/lib/dmapi');
    const after = await resultRetrieve(await getDmapiClient(), { procId: id });
    expect(after.body).not.toContain('Request-Type');
  });
});
