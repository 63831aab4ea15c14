/**
 * The real client against the real sandbox over HTTP: writes. Requests the sandbox answers with 2101
 * (Unimplemented command) are skipped at run time, not failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dmapi from './index';
import { DmapiClient, DmapiError, createTransport } from './index';
import { lastLogId, logSince, operator, orSkip, outbox, startWorld, type SandboxWorld } from './sandbox-world';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

describe('writes', () => {
  it('zone round trip: padded TXT read back as written', async () => {
    const put = await dmapi.dnsZonePut(w.client, { domain: w.domain, zone: 'www A 0 192.0.2.7 3600\nx TXT 0 "tok" 3600\n' });
    expect(put.procId).toMatch(/^\d+$/);
    const zone = await dmapi.dnsZoneGet(w.client, { domain: w.domain });
    expect(zone.records.find((r) => r.type === 'TXT')?.target).toBe('tok');
    const bad = await dmapi.dnsZonePut(w.client, { domain: w.domain, zone: 'a BOGUS 0 x 1\nb BOGUS 0 y 1\n' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DmapiError);
    expect((bad as DmapiError).errors.length).toBe(2);
  });

  it('contact-create, contact-modify, domain-register, domain-renew, ns-create/modify/delete, unlock', async () => {
    const created = await dmapi.contactCreate(w.client, {
      tld: 'com', name: 'Test Person', email: 'test@example.org', address1: 'Street 1', city: 'Town', postalCode: '12345', country: 'US', phone: '+1.5555555',
    });
    expect(created.procId ?? created.handle).toBeTruthy();
    await dmapi.contactModify(w.client, { handle: w.handle, city: 'Other Town' });
    const reg = await dmapi.domainRegister(w.client, {
      domain: 'integration-test-name.com', period: 12, ownerC: w.handle, billingC: w.handle, adminC: w.handle, techC: w.handle, nsList: ['a.ns.joker.com', 'b.ns.joker.com'],
    });
    expect(reg.procId).toMatch(/^\d+$/);
    expect((await dmapi.domainRenew(w.client, { domain: w.domain, period: 12 })).procId).toMatch(/^\d+$/);
    await dmapi.nsCreate(w.client, { host: `ns9.${w.domain}`, ip: ['8.8.8.8'] });
    await dmapi.nsModify(w.client, { host: `ns9.${w.domain}`, ipv6: ['2001:4860::8888'] });
    await dmapi.nsDelete(w.client, { host: `ns9.${w.domain}` });
    const status = (await dmapi.queryDomainList(w.client, { pattern: w.domain, showstatus: true }))[0]?.statuses ?? [];
    if (status.includes('lock')) await dmapi.domainUnlock(w.client, { domain: w.domain });
    else await dmapi.domainLock(w.client, { domain: w.domain });
    const last = (await dmapi.resultList(w.client)).find((r) => r.procId === reg.procId);
    expect(last?.requestType).toBe('domain-register');
  });

  it('domain-modify is queued', async (ctx) => {
    const r = await orSkip(ctx, () => dmapi.domainModify(w.client, { domain: w.domain, nsList: ['a.ns.joker.com', 'b.ns.joker.com'] }));
    expect(r.procId).toMatch(/^\d+$/);
  });

  it('domain-transfer-get-auth-id is queued', async (ctx) => {
    const r = await orSkip(ctx, () => dmapi.domainTransferGetAuthId(w.client, { domain: w.domain }));
    expect(r.procId).toMatch(/^\d+$/);
  });

  it('grants-invite', async (ctx) => {
    expect((await orSkip(ctx, () => dmapi.grantsInvite(w.client, { domain: w.domain, email: 'friend@example.org', role: '@tech' }))).ok).toBe(true);
  });

  it('a @readonly key is refused a write with 2202, and the write is not repeated', async () => {
    const ro = new DmapiClient({ transport: createTransport({ baseUrl: w.sandbox.url }), credential: { apiKey: 'sandbox-readonly-key' } });
    await ro.relogin();
    const since = await lastLogId(w.sandbox.url);
    const e = (await dmapi.domainRenew(ro, { domain: w.domain, period: 12 }).catch((x: unknown) => x)) as DmapiError;
    expect(e).toBeInstanceOf(DmapiError);
    expect(e.statusCode).toBe(2202);
    expect((await logSince(w.sandbox.url, since)).filter((l) => l.request === 'domain-renew')).toHaveLength(1);
  });
});

describe('more requests', () => {
  it('domain-set-property round trip', async () => {
    await dmapi.domainSetProperty(w.client, { domain: w.domain, pname: 'autorenew', pvalue: '0' });
    expect((await dmapi.domainGetProperty(w.client, { domain: w.domain, pname: 'autorenew' })).value).toBe('0');
  });

  it('result-retrieve and result-delete of a finished request', async () => {
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '60' });
    const done = (await dmapi.resultList(w.client)).find((r) => r.status !== '?');
    expect(done).toBeDefined();
    const r = await dmapi.resultRetrieve(w.client, { procId: done?.procId as string });
    expect(r.completionStatus).toBe(done?.status);
    expect((await dmapi.resultDelete(w.client, { procId: done?.procId as string })).message).not.toBe('');
  });

  it('domain-privacy-order on a .com domain', async (ctx) => {
    const r = await orSkip(ctx, () => dmapi.domainPrivacyOrder(w.client, { domain: w.spare[2] as string, privacy: 'basic' }));
    expect(r.procId ?? r.trackingId).toBeTruthy();
  });

  it('domain-owner-change, then cor-verify with the key from the outbox', async (ctx) => {
    const r = await orSkip(ctx, () =>
      dmapi.domainOwnerChange(w.client, {
        domain: w.spare[3] as string, name: 'New Owner', email: 'new-owner@example.org', address1: 'Street 2', city: 'Town', postalCode: '1', country: 'DE', phone: '+49.2211234567',
      }),
    );
    expect(r.procId).toMatch(/^\d+$/);
    const mail = (await outbox(w.sandbox.url)).find((m) => m.kind === 'cor' && m.key);
    if (!mail?.key) return ctx.skip('sandbox: no change-of-registrant key in the outbox');
    expect((await orSkip(ctx, () => dmapi.corVerify(w.client, { key: mail.key as string, answer: 'yes' }))).accepted).toBe(true);
  });

  it('wa-email-list, wa-email-details, wa-email-validate, wa-email-verify', async (ctx) => {
    const pending = await orSkip(ctx, () => dmapi.waEmailList(w.client));
    const first = pending[0];
    if (!first) return ctx.skip('sandbox: no pending verification');
    expect(first.deadline).toBeInstanceOf(Date);
    expect((await orSkip(ctx, () => dmapi.waEmailValidate(w.client, { email: first.email }))).accepted).toBe(true);
    const mail = (await outbox(w.sandbox.url)).find((m) => m.kind === 'verification' && m.key && m.to === first.email);
    if (!mail?.key) return ctx.skip('sandbox: no verification key in the outbox');
    const details = await orSkip(ctx, () => dmapi.waEmailDetails(w.client, { key: mail.key as string }));
    expect(details[0]?.email).toBe(first.email);
    expect((await orSkip(ctx, () => dmapi.waEmailVerify(w.client, { key: mail.key as string, answer: 'yes' }))).accepted).toBe(true);
  });

  it('domain-transfer-in-reseller is queued (a name registered elsewhere)', async (ctx) => {
    let foreign: string | undefined;
    for (const name of ['example.com', 'joker.com', 'google.com', 'wikipedia.org']) {
      const own = await dmapi.queryDomainList(w.client, { pattern: name });
      if (own.length === 0 && (await dmapi.domainCheck(w.client, { domain: name })).status === 'unavailable') {
        foreign = name;
        break;
      }
    }
    if (!foreign) return ctx.skip('sandbox: no name registered elsewhere found');
    const target = foreign;
    const r = await orSkip(ctx, () => dmapi.domainTransferInReseller(w.client, { domain: target, transferAuthId: 'AuthId-1234', ownerC: w.handle }));
    expect(r.procId).toMatch(/^\d+$/);
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '30' });
    const pending = (await dmapi.domainTransferList(w.client)).find((t) => t.domain === target);
    if (!pending) return ctx.skip('sandbox: transfer not listed as pending');
    expect((await dmapi.domainTransferShow(w.client, { domain: target })).status).toBe(pending.state);
    await dmapi.domainTransferCancel(w.client, { domain: target });
  });

  it('grants-invite shows in grants-list and grants-revoke removes it', async (ctx) => {
    await orSkip(ctx, () => dmapi.grantsInvite(w.client, { domain: w.domain, email: 'invitee@example.org', role: '@admin' }));
    const inv = (await orSkip(ctx, () => dmapi.grantsList(w.client, { domain: w.domain, showkey: true }))).find((g) => g.type === 'invitation' && g.inviteeEmail === 'invitee@example.org');
    expect(inv).toBeDefined();
    await orSkip(ctx, () => dmapi.grantsRevoke(w.client, { domain: w.domain, role: '@admin', scope: inv?.scope as string, type: 'invitation' }));
    const after = await dmapi.grantsList(w.client, { domain: w.domain });
    expect(after.some((g) => g.scope === inv?.scope)).toBe(false);
  });

  it('domain-transfer-get-auth-id: the Auth-ID arrives in result-retrieve', async () => {
    const q = await dmapi.domainTransferGetAuthId(w.client, { domain: w.spare[4] as string });
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '120' });
    const r = await dmapi.resultRetrieve(w.client, { procId: q.procId });
    expect(r.completionStatus).toBe('ack');
    expect(r.authId).toMatch(/^\S{4,}$/);
  });

  it('domain-delete with force', async () => {
    const q = await dmapi.domainDelete(w.client, { domain: w.spare[5] as string, force: true });
    expect(q.procId).toMatch(/^\d+$/);
  });

  it('contact-delete of an unused contact', async () => {
    const created = await dmapi.contactCreate(w.client, {
      tld: 'com', name: 'Short Lived', email: 'short@example.org', address1: 'Street 3', city: 'Town', postalCode: '1', country: 'US', phone: '+1.5555555',
    });
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '60' });
    const h = created.handle;
    expect(h).toBeTruthy();
    await dmapi.contactDelete(w.client, { handle: h as string });
  });
});

