import { eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { grantInvitations, panelSessions } from '@/lib/db/schema';
import type { DmapiClient } from '@/lib/dmapi';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));

/**
 * The grant flow through the panel's own actions against the sandbox DMAPI: invite (recorded with a landing token),
 * Accept by the invited customer in the reseller's name, refusal of another account, revoke, and each state read
 * back from the sandbox (grants-list, the customer's query-domain-list showgrants).
 */
let world: TestWorld;
let reseller: string;
let customer: string;
let other: string;
let resellerClient: DmapiClient;
let customerClient: DmapiClient;
let domains: string[];

beforeAll(async () => {
  world = await startTestWorld();
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { clientForSession } = await import('@/lib/auth/dmapi-pool');
  const { hashSessionId } = await import('@/lib/auth/crypto');
  const signIn = async (apiKey: string) => {
    const r = await signInWithCredential({ method: 'api-key', apiKey }, '198.51.100.20');
    if (!r.ok) throw new Error(r.error);
    return r.sessionId;
  };
  reseller = await signIn('sandbox-full-key');
  customer = await signIn('sandbox-customer-key');
  other = await signIn('sandbox-modify-key');
  resellerClient = await clientForSession(hashSessionId(reseller));
  customerClient = await clientForSession(hashSessionId(customer));
  const { queryDomainList } = await import('@/lib/dmapi');
  const { grantsList } = await import('@/lib/dmapi');
  // Domains nobody holds a role on yet (the sandbox seeds a few grants).
  domains = [];
  for (const r of await queryDomainList(resellerClient, {})) {
    if (domains.length === 6) break;
    if ((await grantsList(resellerClient, { domain: r.domain })).length === 0) domains.push(r.domain);
  }
}, 180_000);
afterAll(async () => world?.close());

async function grantsOn(domain: string) {
  const { grantsList } = await import('@/lib/dmapi');
  return grantsList(resellerClient, { domain });
}

async function customerRoles(domain: string): Promise<readonly string[] | undefined> {
  const { queryDomainList } = await import('@/lib/dmapi');
  return (await queryDomainList(customerClient, { showgrants: true })).find((r) => r.domain === domain)?.grants;
}

async function invite(domain: string, role = '@tech', extra: Record<string, string> = {}) {
  const { inviteGrantAction } = await import('@/app/(panel)/grants/actions');
  await actAs(reseller);
  const result = await inviteGrantAction({ domain, email: 'customer@sandbox.test', role, nickName: 'Customer', ...extra } as never);
  if (!result.ok) throw new Error(result.error);
  if (result.data.applied) throw new Error('expected an e-mail invitation');
  return result.data.link.split('/invite/')[1]!;
}

describe('grant invitations through the panel', () => {
  it('records the invitation with Joker’s scope; the customer accepts in the panel; the grant is active and the invitation gone', async () => {
    const domain = domains[0]!;
    const token = await invite(domain);
    const [row] = await world.database.db.select().from(grantInvitations).where(eq(grantInvitations.domain, domain));
    expect(row).toMatchObject({ state: 'pending', role: '@tech', email: 'customer@sandbox.test' });
    expect(row!.scope).not.toBeNull();
    expect(row!.tokenHash).not.toContain(token);
    expect((await grantsOn(domain)).filter((r) => r.type === 'invitation')).toHaveLength(1);
    expect(await customerRoles(domain)).toBeUndefined();

    const { acceptInvitationAction } = await import('@/app/(public)/invite/[token]/actions');
    await actAs(customer);
    const accepted = await acceptInvitationAction({ token });
    expect(accepted).toMatchObject({ ok: true, data: { domain, role: '@tech', withdrawn: true } });

    const after = await grantsOn(domain);
    expect(after.filter((r) => r.type === 'invitation')).toEqual([]);
    expect(after.filter((r) => r.type === 'grant').map((r) => [r.role, r.inviteeEmail])).toEqual([['@tech', 'customer@sandbox.test']]);
    expect(await customerRoles(domain)).toContain('@tech');
    const [settled] = await world.database.db.select().from(grantInvitations).where(eq(grantInvitations.id, row!.id));
    expect(settled).toMatchObject({ state: 'accepted', acceptedLogin: 'customer@sandbox.test' });

    // The link is used now: a second Accept is refused in words.
    const again = await acceptInvitationAction({ token });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining('already been used') });
  });

  it('refuses an account whose login is not the invited address, and changes nothing', async () => {
    const domain = domains[1]!;
    const token = await invite(domain, '@tech', { email: 'someone@example.com' });
    const { acceptInvitationAction } = await import('@/app/(public)/invite/[token]/actions');
    await actAs(customer);
    const refused = await acceptInvitationAction({ token });
    expect(refused).toMatchObject({ ok: false, error: 'This invitation is for someone@example.com, but you are signed in as customer@sandbox.test.' });
    // A reseller's key is not a customer: the Accept is not theirs to press.
    await actAs(other);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: false, code: 'forbidden' });
    const { invitationByToken } = await import('./store');
    expect((await invitationByToken(world.database.db, token))?.state).toBe('pending');
    expect((await grantsOn(domain)).filter((r) => r.type === 'invitation')).toHaveLength(1);
    expect((await grantsOn(domain)).filter((r) => r.type === 'grant')).toEqual([]);
  });

  it('a withdrawn invitation is recorded as revoked and its link says so', async () => {
    const domain = domains[2]!;
    const token = await invite(domain, '@admin');
    const listed = (await grantsOn(domain)).find((r) => r.type === 'invitation')!;
    const { revokeGrantAction } = await import('@/app/(panel)/grants/actions');
    await actAs(reseller);
    expect(await revokeGrantAction({ domain, role: '@admin', scope: listed.scope, type: 'invitation' })).toMatchObject({ ok: true });
    expect(await grantsOn(domain)).toEqual([]);
    const { invitationByToken } = await import('./store');
    expect((await invitationByToken(world.database.db, token))?.state).toBe('revoked');
    const { acceptInvitationAction } = await import('@/app/(public)/invite/[token]/actions');
    await actAs(customer);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: false, error: expect.stringContaining('withdrawn') });
  });

  it('@creator needs the domain typed, and then moves the domain to the customer on Accept', async () => {
    const domain = domains[3]!;
    const { inviteGrantAction } = await import('@/app/(panel)/grants/actions');
    await actAs(reseller);
    const unconfirmed = await inviteGrantAction({ domain, email: 'customer@sandbox.test', role: '@creator' } as never);
    expect(unconfirmed.ok).toBe(false);
    expect((await grantsOn(domain))).toEqual([]);
    const token = await invite(domain, '@creator', { confirmation: domain });
    const { acceptInvitationAction } = await import('@/app/(public)/invite/[token]/actions');
    await actAs(customer);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: true, data: { role: '@creator' } });
    const { queryDomainList } = await import('@/lib/dmapi');
    expect((await queryDomainList(resellerClient, {})).map((r) => r.domain)).not.toContain(domain);
    expect((await queryDomainList(customerClient, {})).map((r) => r.domain)).toContain(domain);
  });

  it('with a service credential, Accept works while nobody of the reseller is signed in; without one it says so', async () => {
    const [withKey, without] = [domains[4]!, domains[5]!];
    const tokenA = await invite(withKey);
    const tokenB = await invite(without);
    const { designateServiceCredential, removeServiceCredential } = await import('@/lib/auth/service-credential');
    const { lookupSession } = await import('@/lib/auth/session-store');
    const { session: owner } = await lookupSession(world.database.db, reseller, 8);
    await designateServiceCredential(world.database.db, owner!, 'sandbox-full-key');
    // Every panel session of the reseller ends; only the customer's remains.
    const { hashSessionId } = await import('@/lib/auth/crypto');
    await world.database.db.delete(panelSessions).where(ne(panelSessions.id, hashSessionId(customer)));
    const { acceptInvitationAction } = await import('@/app/(public)/invite/[token]/actions');
    await actAs(customer);
    expect(await acceptInvitationAction({ token: tokenA })).toMatchObject({ ok: true, data: { domain: withKey, role: '@tech' } });
    expect(await customerRoles(withKey)).toContain('@tech');
    await removeServiceCredential(world.database.db);
    expect(await acceptInvitationAction({ token: tokenB })).toMatchObject({ ok: false, error: expect.stringContaining('no service credential is set up') });
    expect(await customerRoles(without)).toBeUndefined();
  });
});
