import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { panelSessions } from '@/lib/db/schema';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import { contactUsableFor } from '@/lib/sandbox/rules/links';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import type { Domain } from '@/lib/sandbox/state/types';
import { jobAudit, type JobsWorld, pickDomains, signInKey, startJobsWorld } from '@/lib/jobs/test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * "Replace contacts" with each domain's TLD defaults from Settings, as the signed-in user calls it: the server reads
 * the defaults (the browser names only the roles), the summary lists the handles per TLD and skips a TLD without a
 * default for a chosen role, and the job sends each domain its own TLD's handles. The sandbox's domains are read back.
 */
let world: JobsWorld;
let actions: typeof import('./actions');
let uid: string;
const used = new Set<string>();
const state = () => world.sandbox.engine.state;

/** Reseller handles usable for the TLD, other than `not`. */
function handlesFor(tld: string, not: readonly string[]): string[] {
  const account = state().accounts[DEMO.reseller.uid]!;
  return Object.values(state().contacts)
    .filter((c) => c.uid === DEMO.reseller.uid && contactUsableFor(account, c, tld) && !not.includes(c.handle.toUpperCase()))
    .map((c) => c.handle.toUpperCase());
}

async function jobSettled(jobId: number) {
  for (let i = 0; i < 200; i++) {
    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, jobId));
    if (items.every((x) => !['pending', 'running', 'sent'].includes(x.state))) return items;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not settle`);
}

beforeAll(async () => {
  world = await startJobsWorld(60);
  actions = await import('./actions');
  const { cookieId, id } = await signInKey('sandbox-full-key');
  const [row] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id));
  uid = row!.uid;
  await actAs(cookieId);
});
afterAll(async () => {
  const holder = globalThis as { __jobRunner?: Promise<{ stop(): Promise<void> }> };
  await (await holder.__jobRunner)?.stop();
  await world?.close();
});

describe('bulk contact replacement from TLD defaults', () => {
  it("sends each domain its TLD's default handles, skips a TLD without defaults, and ignores handles the browser names", async () => {
    const { saveContactDefaults } = await import('@/lib/contacts/defaults');
    const isTld = (tld: string) => (d: Domain) => d.tld === tld;
    const [com1, com2] = pickDomains(world, 2, isTld('com'), used);
    const [net] = pickDomains(world, 1, isTld('net'), used);
    const [org] = pickDomains(world, 1, isTld('org'), used);
    const before = (d: Domain) => [d.adminC, d.techC, d.billingC].map((h) => h.toUpperCase());
    const [comAdmin, comTech] = handlesFor('com', [...before(com1!), ...before(com2!)]);
    const [netAdmin, netTech] = handlesFor('net', before(net!));
    await saveContactDefaults(uid, 'com', { owner: comAdmin, admin: comAdmin, tech: comTech }, 'test', world.database.db);
    await saveContactDefaults(uid, 'net', { admin: netAdmin, tech: netTech }, 'test', world.database.db);
    // .org has a billing default only: not enough for admin-c and tech-c.
    await saveContactDefaults(uid, 'org', { billing: handlesFor('org', [])[0] }, 'test', world.database.db);
    const orgBefore = before(org!);
    const netBilling = net!.billingC;

    const names = [com1!.name, com2!.name, net!.name, org!.name];
    // A map of handles sent along by the browser is not part of the schema: the server's own read decides.
    const action = { kind: 'contacts' as const, fromDefaults: ['adminC' as const, 'techC' as const], contactDefaults: { org: { adminC: comAdmin } } };
    const request = { action, selection: { mode: 'domains' as const, domains: names } };
    const preview = await actions.previewBulkAction(request);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ selected: 4, send: 3, title: 'Contacts → admin-c TLD default, tech-c TLD default' });
    expect(preview.data.skipped).toEqual([{ reason: '.org has no admin-c, tech-c default in Settings', count: 1, examples: [org!.name] }]);
    expect(preview.data.notes).toEqual([`.com: admin-c ${comAdmin}, tech-c ${comTech}`, `.net: admin-c ${netAdmin}, tech-c ${netTech}`]);

    const started = await actions.startBulkJobAction(request);
    if (!started.ok) throw new Error(started.error);
    const items = await jobSettled(started.data.jobId);
    expect(Object.fromEntries(items.map((i) => [i.domain, i.state]))).toEqual({ [com1!.name]: 'done', [com2!.name]: 'done', [net!.name]: 'done', [org!.name]: 'skipped' });

    // Over the wire: each domain its own TLD's handles, admin-c and tech-c only.
    const sent = (await jobAudit(world, started.data.jobId)).filter((r) => r.request === 'domain-modify' && r.outcome === 'ok');
    expect(Object.fromEntries(sent.map((r) => [r.object, r.params]))).toEqual({
      [com1!.name]: { domain: com1!.name, 'admin-c': comAdmin, 'tech-c': comTech },
      [com2!.name]: { domain: com2!.name, 'admin-c': comAdmin, 'tech-c': comTech },
      [net!.name]: { domain: net!.name, 'admin-c': netAdmin, 'tech-c': netTech },
    });
    // The sandbox's domains after the job: the defaults in place, billing-c untouched, the skipped .org unchanged.
    const after = (name: string) => state().domains.get(name)!;
    for (const d of [com1!, com2!]) expect([after(d.name).adminC, after(d.name).techC]).toEqual([comAdmin, comTech]);
    expect([after(net!.name).adminC, after(net!.name).techC, after(net!.name).billingC]).toEqual([netAdmin, netTech, netBilling]);
    expect(before(after(org!.name))).toEqual(orgBefore);
  });
});
