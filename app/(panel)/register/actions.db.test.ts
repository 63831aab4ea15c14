import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { auditLog } from '@/lib/db/schema';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import { type JobsWorld, signInKey, startJobsWorld } from '@/lib/jobs/test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The register flow's server side as a signed-in user calls it, against the sandbox: a .com and a .fi (handles of its
 * own TLD only) registered and present after the ack; a premium name needs its confirmed price sent as max-price;
 * every refusal (a taken name, a TLD the account may not use, a handle of another TLD, a price that grew, a balance
 * too low) names its field and sends nothing; several names as one bulk job with its summary first.
 */
let world: JobsWorld;
let actions: typeof import('./actions');
let checkName: typeof import('@/lib/lifecycle/name-check').checkName;

const state = () => world.sandbox.engine.state;
const handle = (tld: string) => Object.values(state().contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === tld)!.handle;
const contacts = (tld: string) => ({ ownerC: handle(tld), adminC: handle(tld), techC: handle(tld), billingC: handle(tld) });
const base = { years: '1', nsMode: 'joker' as const, nsText: '', privacy: 'none' as const, autorenew: true };

async function advance(seconds: number) {
  await fetch(`${world.sandbox.url}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: String(seconds) }) });
}

async function requestsSince(since: number) {
  const res = await fetch(`${world.sandbox.url}/_sandbox/log?since=${since}`);
  return ((await res.json()) as { entries: { id: number; request: string }[] }).entries;
}
const lastId = async () => (await requestsSince(0)).at(-1)?.id ?? 0;

/** The panel's own runner (kicked by the start) sends the items; wait until none is waiting to be sent. */
async function jobSettled(jobId: number) {
  for (let i = 0; i < 200; i++) {
    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, jobId));
    if (items.every((x) => !['pending', 'running', 'sent'].includes(x.state))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not settle`);
}

async function session() {
  const { lookupCurrentSession } = await import('@/lib/auth');
  const found = await lookupCurrentSession();
  if (!found.session) throw new Error('no session');
  return found.session;
}

beforeAll(async () => {
  world = await startJobsWorld(30);
  actions = await import('./actions');
  ({ checkName } = await import('@/lib/lifecycle/name-check'));
  const { cookieId } = await signInKey('sandbox-full-key');
  await actAs(cookieId);
});
afterAll(async () => {
  const holder = globalThis as { __jobRunner?: Promise<{ stop(): Promise<void> }> };
  await (await holder.__jobRunner)?.stop();
  await world?.close();
});

describe('register one name', () => {
  it('checks availability with prices, registers a .com with Joker name servers, and the domain exists after the ack', async () => {
    const { clientForSession } = await import('@/lib/auth');
    const s = await session();
    const check = await checkName(s, await clientForSession(s.id), 'Lifecycle-Test.COM', 'create', 1);
    expect(check).toMatchObject({ domain: 'lifecycle-test.com', status: 'available', premium: false, price: { currency: 'EUR' }, renewal: { total: 13.16 } });
    // The seeded .com promotion (6.99 instead of 10.16) for one year, with its dates.
    expect(check.price).toMatchObject({ total: 6.99, standard: 10.16, promo: { from: expect.any(Number), to: expect.any(Number) } });
    const result = await actions.registerDomainAction({ domain: 'lifecycle-test.com', ...base, ...contacts('com'), privacy: 'pro', confirmedTotal: 6.99 + 5.9 });
    expect(result).toMatchObject({ ok: true, data: { procId: expect.stringMatching(/^\d+$/), total: 12.89 } });
    await advance(5);
    expect(state().domains.get('lifecycle-test.com')).toMatchObject({ uid: DEMO.reseller.uid, ns: ['x.ns.joker.com', 'y.ns.joker.com', 'z.ns.joker.com'], privacy: 'pro', autorenew: true });
  });

  it('registers a .fi only with .fi handles: a .com handle is refused next to its field, nothing sent', async () => {
    const since = await lastId();
    const wrong = await actions.registerDomainAction({ domain: 'lifecycle-test.fi', ...base, ...contacts('fi'), adminC: handle('com'), years: '2', confirmedTotal: 31.8 });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { adminC: [expect.stringMatching(/cannot be used for \.fi/)] } });
    expect((await requestsSince(since)).map((e) => e.request)).not.toContain('domain-register');
    const ok = await actions.registerDomainAction({ domain: 'lifecycle-test.fi', ...base, ...contacts('fi'), years: '2', nsMode: 'own', nsText: 'ns1.example.net\nns2.example.net', confirmedTotal: 31.8 });
    expect(ok).toMatchObject({ ok: true });
    await advance(5);
    const d = state().domains.get('lifecycle-test.fi');
    expect(d).toMatchObject({ ownerC: handle('fi'), ns: ['ns1.example.net', 'ns2.example.net'] });
    expect(new Date(d!.expiresAt).getUTCFullYear() - new Date(d!.createdAt).getUTCFullYear()).toBe(2);
  });

  it('a premium name needs its confirmed price, which is sent as max-price', async () => {
    const { clientForSession } = await import('@/lib/auth');
    const s = await session();
    const check = await checkName(s, await clientForSession(s.id), 'cars.com', 'create', 1);
    expect(check).toMatchObject({ status: 'premium', premium: true, priceClass: 'premium-3', price: { total: 2500 } });
    const without = await actions.registerDomainAction({ domain: 'cars.com', ...base, ...contacts('com'), confirmedTotal: 2500 });
    expect(without).toMatchObject({ ok: false, fieldErrors: { years: ['Confirm the premium price'] } });
    const sent = await actions.registerDomainAction({ domain: 'cars.com', ...base, ...contacts('com'), confirmedTotal: 2500, maxPrice: 2500 });
    expect(sent).toMatchObject({ ok: true });
    const [row] = await world.database.db.select().from(auditLog).where(eq(auditLog.request, 'domain-register')).then((rows) => rows.filter((r) => r.object === 'cars.com'));
    expect(row?.params).toMatchObject({ 'max-price': '2500', period: '12' });
    await advance(5);
    expect(state().domains.get('cars.com')?.premium).toBe(true);
  });

  it('refusals name their field and send nothing: taken, TLD not allowed, price grown, balance too low', async () => {
    const since = await lastId();
    expect(await actions.registerDomainAction({ domain: 'example.com', ...base, ...contacts('com'), confirmedTotal: 6.99 })).toMatchObject({ ok: false, fieldErrors: { domain: ['Not available'] } });
    expect(await actions.registerDomainAction({ domain: 'foo.xyz', ...base, ...contacts('com'), confirmedTotal: 1 })).toMatchObject({ ok: false, fieldErrors: { domain: [expect.stringMatching(/\.xyz/)] } });
    expect(await actions.registerDomainAction({ domain: 'cheap-try.com', ...base, ...contacts('com'), confirmedTotal: 5 })).toMatchObject({ ok: false, error: expect.stringMatching(/more than the 5\.00 EUR you confirmed/) });
    const account = state().accounts[DEMO.reseller.uid]!;
    const balance = account.balanceCents;
    account.balanceCents = 300;
    try {
      const low = await actions.registerDomainAction({ domain: 'too-poor.com', ...base, ...contacts('com'), confirmedTotal: 6.99 });
      expect(low).toMatchObject({ ok: false, fieldErrors: { years: ['The balance is too low for this'] }, fix: { action: 'top-up' } });
    } finally {
      account.balanceCents = balance;
    }
    expect((await requestsSince(since)).map((e) => e.request)).not.toContain('domain-register');
    // A bad name never leaves the browser's schema.
    expect(await actions.registerDomainAction({ domain: 'not a name', ...base, ...contacts('com') })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { domain: [expect.any(String)] } });
  });
});

describe('register several names as a bulk job', () => {
  it('summarizes (left out and why, premium, total, balance after), refuses a grown total, then runs the job', async () => {
    const input = { names: 'bulk-one.com\nBulk-Two.net\nexample.com\npoker.net\nbulk-one.com\nbad_name!.com', ...base, ...contacts('com'), nsMode: 'own' as const, nsText: 'ns1.example.net ns2.example.net' };
    const preview = await actions.previewBulkRegisterAction(input);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ listed: 4, send: 3, premium: [{ domain: 'poker.net', price: 900 }], currency: 'EUR' });
    expect(preview.data.skipped).toEqual([{ reason: 'Not available (registered)', count: 1, examples: ['example.com'] }]);
    expect(preview.data.problems).toEqual([{ line: 6, message: 'bad_name!.com: not a registrable domain name (such as example.com)' }]);
    expect(preview.data.total).toBeCloseTo(6.99 + 12.29 + 900, 2);
    expect(await actions.startBulkRegisterAction({ ...input, confirmedTotal: 10 })).toMatchObject({ ok: false, error: expect.stringMatching(/not what the summary showed/) });
    const started = await actions.startBulkRegisterAction({ ...input, confirmedTotal: preview.data.total });
    if (!started.ok) throw new Error(started.error);
    await jobSettled(started.data.jobId);
    const [job] = await world.database.db.select().from(bulkJobs).where(eq(bulkJobs.id, started.data.jobId));
    expect(job).toMatchObject({ kind: 'register', title: expect.stringMatching(/^Register for 1 year: 3 domains, 919\.28 EUR$/) });
    expect(job!.params).toMatchObject({ maxPrices: { 'poker.net': 900 } });
    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, started.data.jobId));
    expect(items.map((i) => [i.domain, i.state]).sort()).toEqual([['bulk-one.com', 'done'], ['bulk-two.net', 'done'], ['example.com', 'skipped'], ['poker.net', 'done']]);
    await advance(5);
    for (const name of ['bulk-one.com', 'bulk-two.net', 'poker.net']) expect(state().domains.get(name)?.ns).toEqual(['ns1.example.net', 'ns2.example.net']);
  });
});
