import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/open';
import { panelSettings, teamMembers } from '@/lib/db/schema';
import { freshDatabase } from '@/test/db';
import type { SignedInAccount } from './team';

// Accounts as DMAPI `login` describes them; both list TLDs, as the sandbox's customer does too.
const reseller: SignedInAccount = { uid: '118472', userLogin: 'reseller@sandbox.test', userAccess: '@full', tlds: ['com', 'de'] };
const customer: SignedInAccount = { uid: '203311', userLogin: 'customer@sandbox.test', userAccess: '@full', tlds: ['com'] };

let database: Database;
beforeAll(async () => {
  process.env.PANEL_SECRET = 'team-test-secret-'.padEnd(48, 'x');
  database = await freshDatabase();
});
afterAll(async () => database?.close());

async function decide(credential: Parameters<typeof import('./team').decideRole>[1], account: SignedInAccount, resellerSetting: string | undefined) {
  const { decideRole } = await import('./team');
  return decideRole(database.db, credential, account, { reseller: resellerSetting });
}

describe('which account is the reseller', () => {
  it('is never whoever signs in first: without PANEL_RESELLER every account is a customer', async () => {
    expect(await decide({ apiKey: 'customer-key' }, customer, undefined)).toEqual({ ok: true, role: 'customer' });
    expect(await decide({ username: 'customer@sandbox.test', password: 'pw' }, customer, undefined)).toEqual({ ok: true, role: 'customer' });
    expect(await decide({ username: 'reseller@sandbox.test', password: 'pw' }, reseller, undefined)).toEqual({ ok: true, role: 'customer' });
    expect(await database.db.select().from(panelSettings)).toEqual([]);
    expect(await database.db.select().from(teamMembers)).toEqual([]);
  });

  it('is the configured account, by User-Login or UID; its holder is owner and an unknown key read-only', async () => {
    expect(await decide({ apiKey: 'customer-key' }, customer, 'Reseller@Sandbox.test')).toEqual({ ok: true, role: 'customer' });
    expect(await decide({ apiKey: 'reseller-staff-key' }, reseller, 'Reseller@Sandbox.test')).toEqual({ ok: true, role: 'read-only' });
    expect(await decide({ username: 'reseller@sandbox.test', password: 'pw' }, reseller, '118472')).toEqual({ ok: true, role: 'owner' });
    const members = await database.db.select().from(teamMembers);
    expect(members.map((m) => [m.uid, m.role, m.name])).toEqual([['118472', null, 'Unregistered key …-key']]);
    const [recorded] = await database.db.select().from(panelSettings).where(eq(panelSettings.key, 'reseller-uid'));
    expect(recorded?.value).toBe('118472');
  });
});
