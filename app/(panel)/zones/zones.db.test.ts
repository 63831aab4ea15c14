import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, panelSessions, zoneHistory } from '@/lib/db/schema';
import { actAs, lastLogId, sandboxLog, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { DYNDNS_PASSWORD_KEPT, parseZone, serializeZone, type ZoneView } from '@/lib/zone';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The zone editor's save, through the real actions (session, role, zod), the real DMAPI client and the sandbox:
 * what the sandbox holds afterwards, the history rows, the audit rows, and what was refused before any put.
 */
let world: TestWorld;
const sessions: Record<'owner' | 'readonly' | 'customer', { cookie: string; id: string }> = {} as never;

beforeAll(async () => {
  world = await startTestWorld();
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { hashSessionId } = await import('@/lib/auth/crypto');
  for (const [name, apiKey] of [['owner', 'sandbox-full-key'], ['readonly', 'sandbox-readonly-key'], ['customer', 'sandbox-customer-key']] as const) {
    const r = await signInWithCredential({ method: 'api-key', apiKey }, '198.51.100.30');
    if (!r.ok) throw new Error(r.error);
    sessions[name] = { cookie: r.sessionId, id: hashSessionId(r.sessionId) };
  }
}, 120_000);
afterAll(async () => world?.close());

/** A DMAPI request straight to the sandbox as the reseller (someone else, outside the panel). */
async function dmapi(request: string, params: Record<string, string>, apiKey = 'sandbox-full-key'): Promise<{ status: string; body: string; errors: string[] }> {
  const login = await (await fetch(`${world.sandboxUrl}/request/login?api-key=${apiKey}`)).text();
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const text = await (await fetch(`${world.sandboxUrl}/request/${request}`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, ...params }) })).text();
  const [head = '', body = ''] = text.split(/\n\n/, 2);
  return { status: /^Status-Code: (\d+)/m.exec(head)?.[1] ?? '', body, errors: [...head.matchAll(/^Error: (.*)$/gm)].map((m) => m[1]!) };
}

async function zones(apiKey = 'sandbox-full-key'): Promise<string[]> {
  return (await dmapi('dns-zone-list', {}, apiKey)).body.split('\n').map((l) => l.split(' ')[0]!).filter(Boolean);
}

async function view(domain: string, who: keyof typeof sessions = 'owner'): Promise<ZoneView> {
  const { clientForSession } = await import('@/lib/auth/dmapi-pool');
  const { loadZone } = await import('@/lib/zone/server/load');
  return (await loadZone(await clientForSession(sessions[who].id), domain)).view;
}

async function actions() {
  return import('./actions');
}

const text = (v: ZoneView, extra: string[] = [], drop: (line: string) => boolean = () => false) =>
  serializeZone({ directives: v.directives, records: [...parseZone(serializeZone(v)).records.filter((r) => !drop(`${r.label} ${r.type}`)), ...parseZone(extra.join('\n')).records] });

describe('saveZoneAction', () => {
  it('puts the edited zone, keeps the version before in the history, and audits the put', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[0]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    const result = await saveZoneAction({ domain, baseVersion: before.version, zone: text(before, ['added A 0 192.0.2.44 3600']), comment: 'add a host' });
    expect(result).toMatchObject({ ok: true, data: { status: 'saved', procId: expect.stringMatching(/^\d+$/) } });
    expect((await dmapi('dns-zone-get', { domain })).body).toContain('\nadded A 0 192.0.2.44 3600\n');
    const [row] = await world.database.db.select().from(zoneHistory).where(eq(zoneHistory.domain, domain));
    expect(row).toMatchObject({ comment: 'add a host', source: 'editor', state: 'sent', actorName: expect.any(String) });
    expect(row!.zoneBefore).toBe(serializeZone(before));
    expect(row!.zoneAfter).toContain('added A 0 192.0.2.44 3600');
    const audit = await world.database.db.select().from(auditLog).where(eq(auditLog.request, 'dns-zone-put'));
    expect(audit.at(-1)).toMatchObject({ action: 'saveZoneAction', object: domain, outcome: 'ok' });
  });

  it('detects a change made by someone else since the edit began, sends nothing and hands their version back', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[1]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    expect((await dmapi('dns-zone-put', { domain, zone: `${serializeZone(before)}_acme-challenge TXT 0 "token-1" 60\n` })).status).toBe('0');
    const since = await lastLogId(world.sandboxUrl);
    const result = await saveZoneAction({ domain, baseVersion: before.version, zone: text(before, ['ours A 0 192.0.2.45 3600']) });
    expect(result.ok && result.data.status).toBe('conflict');
    const theirs = result.ok && result.data.status === 'conflict' ? result.data.theirs : undefined;
    expect(theirs?.records.some((r) => r.label === '_acme-challenge')).toBe(true);
    expect(theirs?.version).not.toBe(before.version);
    expect((await sandboxLog(world.sandboxUrl, since)).map((e) => e.request)).toEqual(['dns-zone-get']);
    expect((await dmapi('dns-zone-get', { domain })).body).not.toContain('ours A');
  });

  it('refuses a CNAME beside another record of its name before anything is sent, on its line', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[2]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    const since = await lastLogId(world.sandboxUrl);
    const zone = text(before, ['dup A 0 192.0.2.1 3600', 'dup CNAME 0 other.example.net. 3600']);
    const result = await saveZoneAction({ domain, baseVersion: before.version, zone });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    const lineOf = (s: string) => zone.split('\n').indexOf(s) + 1;
    expect(!result.ok && result.fieldErrors?.zone).toEqual([
      `line ${lineOf('dup A 0 192.0.2.1 3600')}: "dup" has a CNAME, so it can hold no other record`,
      `line ${lineOf('dup CNAME 0 other.example.net. 3600')}: A CNAME cannot share its name with other records ("dup" also has A)`,
    ]);
    expect(await sandboxLog(world.sandboxUrl, since)).toEqual([]);
  });

  it('asks for the zone name when the apex MX changes, then saves', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[3]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    const zone = text(before, ['@ MX 5 mx.new-mail.example. 3600'], (l) => l === '@ MX');
    const refused = await saveZoneAction({ domain, baseVersion: before.version, zone });
    expect(refused).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { confirmation: [`Type ${domain} to confirm.`] } });
    expect(!refused.ok && refused.next).toMatch(/apex MX or NS/);
    const saved = await saveZoneAction({ domain, baseVersion: before.version, zone, confirmation: domain.toUpperCase() });
    expect(saved).toMatchObject({ ok: true, data: { status: 'saved' } });
    expect((await dmapi('dns-zone-get', { domain })).body).toMatch(/^@ MX 5 mx\.new-mail\.example\. 3600$/m);
  });

  it('never shows or stores the DynDNS password, and keeps it on a save', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[4]!;
    expect((await dmapi('dns-zone-put', { domain, zone: '$dnssec=no\n$dyndns=yes:dynuser:Very-Secret-77\nhome DYNA 0 192.0.2.9 60\n' })).status).toBe('0');
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    expect(before.directives.dyndns).toEqual({ enabled: true, user: 'dynuser', password: DYNDNS_PASSWORD_KEPT });
    // One record more in a zone of one is a large save: the zone's name is typed.
    const result = await saveZoneAction({ domain, baseVersion: before.version, zone: text(before, ['www A 0 192.0.2.10 3600']), confirmation: domain });
    expect(result).toMatchObject({ ok: true, data: { status: 'saved' } });
    expect((await dmapi('dns-zone-get', { domain })).body).toMatch(/^\$dyndns=yes:dynuser:Very-Secret-77$/m);
    const rows = await world.database.db.select().from(zoneHistory).where(eq(zoneHistory.domain, domain));
    const audit = await world.database.db.select().from(auditLog).where(eq(auditLog.object, domain));
    expect(JSON.stringify([rows, audit, before])).not.toContain('Very-Secret-77');
  });

  it('shows a line Joker refuses against that line, and leaves no history of a put that changed nothing', async () => {
    const { saveZoneAction } = await actions();
    const domain = (await zones())[5]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    const zone = text(before, ['go URL 0 https://login.phishing.test/ 3600']);
    const result = await saveZoneAction({ domain, baseVersion: before.version, zone });
    expect(result).toMatchObject({ ok: false, code: 'dmapi', statusCode: 2306 });
    const line = zone.split('\n').indexOf('go URL 0 https://login.phishing.test/ 3600') + 1;
    expect(!result.ok && result.dmapiErrors).toEqual([`zone line ${line}: URL destination login.phishing.test is refused by the Joker.com redirect service (abuse policy)`]);
    expect(await world.database.db.select().from(zoneHistory).where(eq(zoneHistory.domain, domain))).toEqual([]);
  });

  it('refuses a read-only key and a customer in the reseller area before any DMAPI request', async () => {
    const { saveZoneAction } = await actions();
    const since = await lastLogId(world.sandboxUrl);
    for (const who of ['readonly', 'customer'] as const) {
      await actAs(sessions[who].cookie);
      expect(await saveZoneAction({ domain: 'example.com', baseVersion: '0'.repeat(32), zone: '$dnssec=no\n' })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await sandboxLog(world.sandboxUrl, since)).toEqual([]);
  });
});

describe('saveMyZoneAction (a customer)', () => {
  /** The customer's domains by their own role (query-domain-list showgrants=1 in the customer's session). */
  async function byRole(role: string): Promise<string> {
    const rows = (await dmapi('query-domain-list', { showgrants: '1' }, 'sandbox-customer-key')).body.split('\n').map((l) => l.split(' '));
    return rows.find((r) => r[2] === role)![0]!;
  }

  it('saves a zone granted with @tech; a @billing grant is refused by Joker, in words about the zone', async () => {
    const { saveMyZoneAction } = await actions();
    await actAs(sessions.customer.cookie);
    const tech = await byRole('@tech');
    const before = await view(tech, 'customer');
    const saved = await saveMyZoneAction({ domain: tech, baseVersion: before.version, zone: text(before, ['customer A 0 192.0.2.77 3600']) });
    expect(saved).toMatchObject({ ok: true, data: { status: 'saved' } });
    expect((await dmapi('dns-zone-get', { domain: tech })).body).toContain('customer A 0 192.0.2.77 3600');

    const billing = await byRole('@billing');
    const refused = await saveMyZoneAction({ domain: billing, baseVersion: before.version, zone: '$dnssec=no\n$dyndns=no::\nx A 0 192.0.2.1 3600\n' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!refused.ok && refused.error).toBe(
      `Joker.com does not let this account edit the zone of ${billing}: that needs the domain in your own portfolio, or a grant of @tech or @admin on it.`,
    );
    expect(!refused.ok && refused.next).toMatch(/\(@billing\)/);
  });
});

describe('the zones list held for the account', () => {
  it('reads dns-zone-list once for every user of the account, again when asked, when a minute is up, and after a put', async () => {
    const { forgetZoneList, heldZoneList, ZONE_LIST_MAX_AGE_MS } = await import('@/lib/zone/server/held-list');
    const { clientForSession } = await import('@/lib/auth/dmapi-pool');
    const { saveZoneAction } = await actions();
    const uidOf = async (id: string) => (await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, id)))[0]!.uid;
    const uid = await uidOf(sessions.owner.id);
    expect(await uidOf(sessions.readonly.id)).toBe(uid);
    forgetZoneList(uid);
    const reads = async (since: number) => (await sandboxLog(world.sandboxUrl, since)).filter((e) => e.request === 'dns-zone-list').length;
    const all = await zones();
    const since = await lastLogId(world.sandboxUrl);

    const first = await heldZoneList(uid, await clientForSession(sessions.owner.id));
    expect(first.prepared.rows.map((z) => z.domain)).toEqual([...all].sort());
    expect(await heldZoneList(uid, await clientForSession(sessions.readonly.id))).toBe(first);
    expect(await reads(since)).toBe(1);

    // Read again now.
    const again = await heldZoneList(uid, await clientForSession(sessions.owner.id), true);
    expect(again).not.toBe(first);
    expect(await reads(since)).toBe(2);

    // A minute on, the next view reads the list again.
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + ZONE_LIST_MAX_AGE_MS + 1);
    try {
      expect(await heldZoneList(uid, await clientForSession(sessions.owner.id))).not.toBe(again);
    } finally {
      clock.mockRestore();
    }
    expect(await reads(since)).toBe(3);

    // The panel's own put may create a zone: the next view reads the list again.
    const held = await heldZoneList(uid, await clientForSession(sessions.owner.id));
    expect(await reads(since)).toBe(3);
    const domain = all[5]!;
    await actAs(sessions.owner.cookie);
    const before = await view(domain);
    expect(await saveZoneAction({ domain, baseVersion: before.version, zone: text(before, ['held A 0 192.0.2.46 3600']) })).toMatchObject({ ok: true });
    expect(await heldZoneList(uid, await clientForSession(sessions.owner.id))).not.toBe(held);
    expect(await reads(since)).toBe(4);
  });
});
