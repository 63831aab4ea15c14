import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actAs } from '@/lib/auth/test-support';
import { auditLog } from '@/lib/db/schema';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import type { Domain } from '@/lib/sandbox/state/types';
import { type JobsWorld, pickDomains, signInKey, startJobsWorld } from '@/lib/jobs/test-world';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

/**
 * The domain page's writes as a signed-in user sends them, against the sandbox, each checked in the sandbox's state:
 * renew by expiration year twice renews once; delete inside 72 hours refunds, outside needs force and leaves the
 * domain in redemption, from where restore brings it back; DNSSEC on (DS and DNSKEY forms) and off; the auth-id
 * requested and read from its result only; privacy ordered and switched; name servers and contacts replaced.
 */
let world: JobsWorld;
let page: typeof import('./actions');
let orders: typeof import('./order-actions');
let modify: typeof import('./modify-actions');
let authId: typeof import('./auth-id-actions');
let del: typeof import('./delete-actions');
const used = new Set<string>();

const state = () => world.sandbox.engine.state;
const pick = (where: (d: Domain) => boolean): Domain => pickDomains(world, 1, where, used)[0]!;
const live = (name: string) => state().domains.get(name);

async function advance(seconds: number) {
  await fetch(`${world.sandbox.url}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: String(seconds) }) });
}

beforeAll(async () => {
  world = await startJobsWorld(60);
  [page, orders, modify, authId, del] = await Promise.all([import('./actions'), import('./order-actions'), import('./modify-actions'), import('./auth-id-actions'), import('./delete-actions')]);
  const { cookieId } = await signInKey('sandbox-full-key');
  await actAs(cookieId);
});
afterAll(async () => world?.close());

describe('renew', () => {
  it('by expiration year: the second identical request renews nothing', async () => {
    const d = pick((x) => x.tld === 'com' && !x.premium && x.lastRenewAt === null && x.privacy === 'none');
    const year = new Date(d.expiresAt).getUTCFullYear() + 1;
    const orderCount = () => state().orders.filter((o) => o.object === d.name && o.type === 'renew').length;
    const ordersBefore = orderCount();
    const first = await orders.renewDomainAction({ domain: d.name, mode: 'expyear', expyear: String(year), privacy: 'keep', confirmedTotal: 13.16 });
    expect(first).toMatchObject({ ok: true, data: { procId: expect.stringMatching(/^\d+$/), years: 1 } });
    expect(new Date(live(d.name)!.expiresAt).getUTCFullYear()).toBe(year);
    const second = await orders.renewDomainAction({ domain: d.name, mode: 'expyear', expyear: String(year), privacy: 'keep', confirmedTotal: 13.16 });
    expect(second).toMatchObject({ ok: true, data: { procId: null, years: 0, warnings: [expect.stringMatching(/not renewed/)] } });
    expect(new Date(live(d.name)!.expiresAt).getUTCFullYear()).toBe(year);
    expect(orderCount()).toBe(ordersBefore + 1);
  });

  it('by years: the price includes kept privacy; a price above the confirmed one and a low balance are refused', async () => {
    const d = pick((x) => x.tld === 'com' && !x.premium && x.lastRenewAt === null && x.privacy === 'basic' && x.privacyActive && (x.privacyExpiresAt ?? 0) > Date.now());
    const before = live(d.name)!.expiresAt;
    expect(await orders.renewDomainAction({ domain: d.name, mode: 'years', years: '2', privacy: 'keep', confirmedTotal: 26.32 })).toMatchObject({ ok: false, error: expect.stringMatching(/32\.12 EUR/) });
    const account = state().accounts[DEMO.reseller.uid]!;
    const balance = account.balanceCents;
    account.balanceCents = 1000;
    try {
      expect(await orders.renewDomainAction({ domain: d.name, mode: 'years', years: '2', privacy: 'keep', confirmedTotal: 32.12 })).toMatchObject({ ok: false, fieldErrors: { years: [expect.any(String)] } });
    } finally {
      account.balanceCents = balance;
    }
    expect(live(d.name)!.expiresAt).toBe(before);
    expect(await orders.renewDomainAction({ domain: d.name, mode: 'years', years: '2', privacy: 'keep', confirmedTotal: 32.12 })).toMatchObject({ ok: true });
    expect(new Date(live(d.name)!.expiresAt).getUTCFullYear()).toBe(new Date(before).getUTCFullYear() + 2);
  });
});

describe('delete and restore', () => {
  it('inside 72 hours of registration: deleted without force, the fee refunded', async () => {
    const { registerDomainAction } = await import('@/app/(panel)/register/actions');
    const h = Object.values(state().contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === 'com')!.handle;
    const reg = await registerDomainAction({ domain: 'fresh-delete.com', years: '1', ownerC: h, adminC: h, techC: h, billingC: h, nsMode: 'joker', nsText: '', privacy: 'none', autorenew: false, confirmedTotal: 6.99 });
    expect(reg.ok).toBe(true);
    await advance(5);
    expect(live('fresh-delete.com')).toBeDefined();
    const result = await del.deleteDomainAction({ domain: 'fresh-delete.com', force: false });
    expect(result).toMatchObject({ ok: true, data: { refund: true } });
    expect(live('fresh-delete.com')).toBeUndefined();
    expect(state().redemptions['fresh-delete.com']).toBeUndefined();
    expect(state().orders.filter((o) => o.object === 'fresh-delete.com' && o.type === 'delete_domain')[0]?.amountCents).toBe(-699);
  });

  it('outside 72 hours: refused without force; with force it enters redemption, and restore brings it back', async () => {
    const d = pick((x) => x.tld === 'net' && !x.premium && Date.now() - x.createdAt > 7 * 86_400_000);
    const refused = await del.deleteDomainAction({ domain: d.name, force: false });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { force: [expect.any(String)] } });
    expect(live(d.name)).toBeDefined();
    expect(await del.deleteDomainAction({ domain: d.name, force: true })).toMatchObject({ ok: true, data: { refund: false } });
    expect(live(d.name)).toBeUndefined();
    expect(state().redemptions[d.name]).toBeDefined();
    // The restore price: the price list's rgp for .net (69.00).
    expect(await orders.restoreDomainAction({ domain: d.name, confirmedTotal: 10 })).toMatchObject({ ok: false, error: expect.stringMatching(/69\.00 EUR/) });
    const restored = await orders.restoreDomainAction({ domain: d.name, confirmedTotal: 69 });
    expect(restored).toMatchObject({ ok: true, data: { procId: expect.stringMatching(/^\d+$/) } });
    await advance(5);
    expect(live(d.name)?.uid).toBe(DEMO.reseller.uid);
    expect(state().orders.some((o) => o.object === d.name && o.type === 'restore' && o.amountCents === 6900)).toBe(true);
  });
});

describe('DNSSEC, name servers, contacts', () => {
  it('DNSSEC on with a DS record (.com) and a DNSKEY (.de), then off', async () => {
    const com = pick((x) => x.tld === 'com' && !x.dnssec);
    const digest = 'AFE249392848D0458B3967BA1EE9BDEA6C3ECB43';
    expect(await modify.enableDnssecAction({ domain: com.name, form: 'keydata', entries: [{ keyTag: '1', algorithm: '8', digestType: '1', digest }] })).toMatchObject({ ok: false, code: 'invalid' });
    const bad = await modify.enableDnssecAction({ domain: com.name, form: 'dsdata', entries: [{ keyTag: '38698', algorithm: '5', digestType: '2', digest }] });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { 'entries.0.digest': [expect.stringMatching(/64 hex digits/)] } });
    expect(await modify.enableDnssecAction({ domain: com.name, form: 'dsdata', entries: [{ keyTag: '38698', algorithm: '5', digestType: '1', digest }] })).toMatchObject({ ok: true });
    expect(live(com.name)).toMatchObject({ dnssec: true, ds: [{ raw: `38698:5:1:${digest}` }] });
    const de = pick((x) => x.tld === 'de' && !x.dnssec);
    const key = 'AwEAAd4TaRzEn0zJfw9w2qkazHTqOX97XwNzoDHMKgClJbX/jr9YGdCYKpTfcKQbVmpI4EVBJOjNWawOJEgp';
    expect(await modify.enableDnssecAction({ domain: de.name, form: 'keydata', entries: [{ flags: '257', protocol: '3', algorithm: '8', publicKey: key }] })).toMatchObject({ ok: true });
    expect(live(de.name)).toMatchObject({ dnssec: true, ds: [{ raw: `3:8:257:${key}` }] });
    expect(await modify.disableDnssecAction({ domain: com.name })).toMatchObject({ ok: true });
    expect(live(com.name)).toMatchObject({ dnssec: false, ds: [] });
  });

  it('name servers replaced; contacts reassigned only to handles valid for the TLD', async () => {
    const d = pick((x) => x.tld === 'com');
    expect(await modify.setNameserversAction({ domain: d.name, nsText: 'ns1.lifecycle.example\nns2.lifecycle.example' })).toMatchObject({ ok: true });
    expect(live(d.name)?.ns).toEqual(['ns1.lifecycle.example', 'ns2.lifecycle.example']);
    const fi = Object.values(state().contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === 'fi')!.handle;
    const other = Object.values(state().contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === 'com' && c.handle !== d.adminC)!.handle;
    expect(await modify.setDomainContactsAction({ domain: d.name, adminC: fi, techC: d.techC, billingC: d.billingC })).toMatchObject({ ok: false, fieldErrors: { adminC: [expect.any(String)] } });
    expect(await modify.setDomainContactsAction({ domain: d.name, adminC: other, techC: d.techC, billingC: d.billingC })).toMatchObject({ ok: true });
    expect(live(d.name)?.adminC).toBe(other);
  });
});

describe('auth-id', () => {
  it('is requested (queued), read only from its own result once acked, and never written to the audit log', async () => {
    const d = pick((x) => x.tld === 'com');
    const other = pick((x) => x.tld === 'com');
    const asked = await authId.requestAuthIdAction({ domain: d.name });
    if (!asked.ok) throw new Error(asked.error);
    expect(await authId.revealAuthIdAction({ domain: other.name, procId: asked.data.procId })).toMatchObject({ ok: false, error: expect.stringMatching(/not an auth-id request for this domain/) });
    await advance(5);
    const shown = await authId.revealAuthIdAction({ domain: d.name, procId: asked.data.procId });
    expect(shown).toEqual({ ok: true, data: { authId: live(d.name)!.authId } });
    const audit = JSON.stringify(await world.database.db.select().from(auditLog));
    expect(audit).toContain('revealAuthIdAction');
    expect(audit).not.toContain(live(d.name)!.authId);
  });
});

describe('privacy and properties', () => {
  it('orders privacy for a number of years, switches it off and back, and sets whois-opt-out', async () => {
    const d = pick((x) => x.tld === 'com' && x.privacy === 'none');
    expect(await orders.orderPrivacyAction({ domain: d.name, privacy: 'basic', term: 'years', years: '2', confirmedTotal: 5.8 })).toMatchObject({ ok: true });
    expect(live(d.name)).toMatchObject({ privacy: 'basic', privacyActive: true, privacyOrigin: 'order' });
    expect(await page.setPrivacyAction({ domain: d.name, level: 'off' })).toMatchObject({ ok: true });
    expect(live(d.name)?.privacyActive).toBe(false);
    expect(await page.setPrivacyAction({ domain: d.name, level: 'pro' })).toMatchObject({ ok: false, code: 'dmapi' });
    expect(await page.setPrivacyAction({ domain: d.name, level: 'basic' })).toMatchObject({ ok: true });
    expect(live(d.name)?.privacyActive).toBe(true);
    expect(await page.setDomainFlagAction({ domain: d.name, pname: 'whois-opt-out', on: true })).toMatchObject({ ok: true });
    expect(live(d.name)?.whoisOptOut).toBe(true);
  });
});
