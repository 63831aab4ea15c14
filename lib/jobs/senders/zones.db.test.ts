import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { panelSessions, zoneHistory } from '@/lib/db/schema';
import { bulkJobItems } from '@/lib/db/schema/jobs';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import { parseZone } from '@/lib/zone';
import { jobAudit, type JobsWorld, lastSandboxLogId, sandboxLogSince, signInKey, startJobsWorld } from '../test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());
// The test drains its own runner; the action's nudge to the process-wide runner is not needed here.
vi.mock('@/lib/jobs/server', () => ({ kickJobRunner: async () => undefined }));

/**
 * The Zones page's bulk change end to end below the browser: preview (each zone read once), start (a bulk job with
 * the previewed versions), the real runner sending one dns-zone-put per zone, and the conflict check refusing a zone
 * that changed after its preview. Asserts the sandbox's zones, the history rows and the audit of each put.
 */
let world: JobsWorld;
let cookie: string;

beforeAll(async () => {
  world = await startJobsWorld(40);
  cookie = (await signInKey('sandbox-full-key')).cookieId;
}, 120_000);
afterAll(async () => world?.close());

const SPF = { op: 'add' as const, replace: 'prefix' as const, prefix: 'v=spf1', record: { label: '@', type: 'TXT' as const, priority: 0, target: 'v=spf1 include:_spf.example.net -all', ttl: 3600, validFrom: 0, validTo: 0, params: [] } };

function resellerZones(n: number): string[] {
  return Object.values(world.sandbox.engine.state.zones)
    .filter((z) => z.uid === DEMO.reseller.uid)
    .map((z) => z.domain)
    .sort()
    .slice(0, n);
}

const records = (domain: string) => world.sandbox.engine.state.zones[domain]!.records;

describe('zone-change bulk kind', () => {
  it('previews each zone, then puts the change into every zone still as previewed, and refuses one changed since', async () => {
    const { previewZoneChangeAction, startZoneChangeAction } = await import('@/app/(panel)/zones/actions');
    const { JobRunner } = await import('../runner');
    const { dmapiExecutor } = await import('../dmapi-executor');
    await actAs(cookie);
    const domains = resellerZones(3);
    const already = domains[0]!;
    world.sandbox.engine.state.zones[already]!.records = ['@ A 0 192.0.2.1 3600', '@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600'];

    const preview = await previewZoneChangeAction({ change: SPF, domains });
    if (!preview.ok) throw new Error(preview.error);
    const byDomain = new Map(preview.data.zones.map((z) => [z.domain, z]));
    expect(byDomain.get(already)).toMatchObject({ status: 'same', lines: [] });
    const [a, b] = domains.slice(1);
    expect(byDomain.get(a!)).toMatchObject({ status: 'change', version: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(byDomain.get(a!)!.lines.some((l) => l.text === '@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600')).toBe(true);

    // Someone else edits zone b after the preview.
    records(b!).push('_acme-challenge TXT 0 "token" 60');
    const bBefore = [...records(b!)];

    const started = await startZoneChangeAction({
      change: SPF,
      zones: preview.data.zones.filter((z) => z.status === 'change').map((z) => ({ domain: z.domain, version: z.version! })),
    });
    if (!started.ok) throw new Error(started.error);
    const since = await lastSandboxLogId(world);
    await new JobRunner({ db: world.database.db, executor: dmapiExecutor, pollMs: 3_600_000 }).drain();

    const items = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, started.data.jobId));
    const item = (d: string) => items.find((i) => i.domain === d)!;
    expect(item(a!)).toMatchObject({ state: 'done', error: null, procId: expect.stringMatching(/^\d+$/) });
    expect(item(b!)).toMatchObject({ state: 'failed', error: 'The zone changed after the preview (someone else edited it): nothing was sent. Preview the change again.' });

    expect(records(a!)).toContain('@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600');
    expect(records(a!).filter((r) => r.includes('v=spf1'))).toHaveLength(1);
    expect(records(b!)).toEqual(bBefore);
    const log = await sandboxLogSince(world, since);
    expect(log.filter((e) => e.object === b).map((e) => e.request)).not.toContain('dns-zone-put');

    const audit = await jobAudit(world, started.data.jobId);
    expect(audit.map((r) => [r.request, r.object, r.outcome])).toEqual(expect.arrayContaining([['dns-zone-put', a, 'ok']]));
    expect(String(audit.find((r) => r.object === a && r.outcome === 'ok')!.params.zone)).toContain('@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600');

    const history = await world.database.db.select().from(zoneHistory).where(eq(zoneHistory.domain, a!));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ source: 'bulk', state: 'sent', comment: expect.stringMatching(/^Bulk change: Set @ TXT/) });
    expect(parseZone(history[0]!.zoneAfter).records.some((r) => r.target === 'v=spf1 include:_spf.example.net -all')).toBe(true);
  });

  it('a zone-change job not started from the Zones page sends nothing', async () => {
    const { insertJob } = await import('../store');
    const { JobRunner } = await import('../runner');
    const { dmapiExecutor } = await import('../dmapi-executor');
    const { id } = await signInKey('sandbox-full-key');
    const domain = resellerZones(4)[3]!;
    const before = [...records(domain)];
    const [session] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id));
    const job = await insertJob(world.database.db, {
      kind: 'zone-change',
      params: { action: { kind: 'zone-change', change: SPF, versions: { [domain]: 'f'.repeat(32) } }, actorRole: 'owner' },
      accountUid: DEMO.reseller.uid,
      createdBy: session!.credentialFingerprint,
      createdByName: 'Owner',
      sessionId: id,
      title: 'test',
      items: [{ domain }],
    });
    await new JobRunner({ db: world.database.db, executor: dmapiExecutor, pollMs: 3_600_000 }).drain();
    const [item] = await world.database.db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, job.id));
    expect(item).toMatchObject({ state: 'failed', error: expect.stringMatching(/started from the Zones page/) });
    expect(records(domain)).toEqual(before);
  });
});
