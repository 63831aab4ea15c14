/**
 * The real client against the real sandbox over HTTP: properties, results, privacy, owner change, verification,
 * transfers, grants, deletions. Each write is followed by a look at the sandbox's state (w.state()).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dmapi from './index';
import { operator, outbox, startWorld, type SandboxWorld } from './sandbox-world';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

const domainState = (name: string) => w.state().domains.get(name);

describe('more writes', () => {
  it('domain-set-property round trip', async () => {
    await dmapi.domainSetProperty(w.client, { domain: w.domain, pname: 'autorenew', pvalue: '0' });
    expect(domainState(w.domain)?.autorenew).toBe(false);
    expect((await dmapi.domainGetProperty(w.client, { domain: w.domain, pname: 'autorenew' })).value).toBe('0');
    await dmapi.domainSetProperty(w.client, { domain: w.domain, pname: 'autorenew', pvalue: true });
    expect(domainState(w.domain)?.autorenew).toBe(true);
  });

  it('result-retrieve and result-delete of a finished request', async () => {
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '60' });
    const done = (await dmapi.resultList(w.client)).find((r) => r.status !== '?');
    expect(done).toBeDefined();
    const r = await dmapi.resultRetrieve(w.client, { procId: done?.procId as string });
    expect(r.completionStatus).toBe(done?.status);
    expect((await dmapi.resultDelete(w.client, { procId: done?.procId as string })).message).not.toBe('');
    expect((await dmapi.resultList(w.client)).some((x) => x.procId === done?.procId)).toBe(false);
  });

  it('domain-privacy-order on a .com domain', async () => {
    const name = w.spare[2] as string;
    const r = await dmapi.domainPrivacyOrder(w.client, { domain: name, privacy: 'basic' });
    expect(r.procId ?? r.trackingId).toBeTruthy();
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '10' });
    expect(domainState(name)).toMatchObject({ privacy: 'basic', privacyActive: true });
  });

  it('domain-owner-change (lib/contacts values), then cor-verify with the key from the outbox', async () => {
    const name = w.spare[3] as string;
    const r = await dmapi.domainOwnerChange(w.client, {
      domain: name,
      fields: { name: 'New Owner', email: 'new-owner@example.org', 'address-1': 'Street 2', city: 'Town', 'postal-code': '1', country: 'DE', phone: '+49.2211234567' },
    });
    expect(r.procId).toMatch(/^\d+$/);
    expect(domainState(name)?.pendingOwnerChange?.owner).toMatchObject({ name: 'New Owner', email: 'new-owner@example.org' });
    const mail = (await outbox(w.sandbox.url)).find((m) => m.kind === 'cor' && m.key && m.domain === name);
    expect(mail?.key).toBeTruthy();
    expect((await dmapi.corVerify(w.client, { key: mail?.key as string, answer: 'yes' })).accepted).toBe(true);
    const d = domainState(name);
    expect(d?.pendingOwnerChange).toBeNull();
    expect(w.state().contacts[d?.ownerC ?? '']?.fields).toMatchObject({ name: 'New Owner', email: 'new-owner@example.org' });
  });

  it('wa-email-list, wa-email-details, wa-email-validate, wa-email-verify', async () => {
    const first = (await dmapi.waEmailList(w.client))[0];
    expect(first).toBeDefined();
    expect(first?.deadline).toBeInstanceOf(Date);
    expect((await dmapi.waEmailValidate(w.client, { email: first?.email as string })).accepted).toBe(true);
    const mail = (await outbox(w.sandbox.url)).find((m) => m.kind === 'verification' && m.key && m.to === first?.email);
    expect(mail?.key).toBeTruthy();
    const details = await dmapi.waEmailDetails(w.client, { key: mail?.key as string });
    expect(details[0]?.email).toBe(first?.email);
    expect((await dmapi.waEmailVerify(w.client, { key: mail?.key as string, answer: 'yes' })).accepted).toBe(true);
    expect(Object.values(w.state().verifications).find((v) => v.key === mail?.key)?.status).toBe('verified');
  });

  it('domain-transfer-in-reseller is queued (a name registered elsewhere), shown, then cancelled', async () => {
    let foreign: string | undefined;
    for (const name of ['example.com', 'joker.com', 'google.com', 'wikipedia.org']) {
      const own = await dmapi.queryDomainList(w.client, { pattern: name });
      if (own.length === 0 && (await dmapi.domainCheck(w.client, { domain: name })).status === 'unavailable') {
        foreign = name;
        break;
      }
    }
    expect(foreign, 'the sandbox knows a name registered elsewhere').toBeDefined();
    const target = foreign as string;
    const r = await dmapi.domainTransferInReseller(w.client, { domain: target, transferAuthId: 'AuthId-1234', ownerC: w.handle });
    expect(r.procId).toMatch(/^\d+$/);
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '30' });
    const pending = (await dmapi.domainTransferList(w.client)).find((t) => t.domain === target);
    expect(pending).toBeDefined();
    expect((await dmapi.domainTransferShow(w.client, { domain: target })).status).toBe(pending?.state);
    await dmapi.domainTransferCancel(w.client, { domain: target });
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '900' });
    expect(Object.values(w.state().transfers).find((t) => t.domain === target)?.state).toBe('CANCELLED');
  });

  it('grants-invite shows in grants-list and grants-revoke removes it', async () => {
    await dmapi.grantsInvite(w.client, { domain: w.domain, email: 'invitee@example.org', role: '@admin' });
    const inv = (await dmapi.grantsList(w.client, { domain: w.domain, showkey: true })).find((g) => g.type === 'invitation' && g.inviteeEmail === 'invitee@example.org');
    expect(inv).toBeDefined();
    await dmapi.grantsRevoke(w.client, { domain: w.domain, role: '@admin', scope: inv?.scope as string, type: 'invitation' });
    expect((await dmapi.grantsList(w.client, { domain: w.domain })).some((g) => g.scope === inv?.scope)).toBe(false);
    expect(w.state().invitations.find((i) => i.email === 'invitee@example.org')?.status).toBe('revoked');
  });

  it('domain-transfer-get-auth-id: the Auth-ID arrives in result-retrieve', async () => {
    const name = w.spare[4] as string;
    const q = await dmapi.domainTransferGetAuthId(w.client, { domain: name });
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '120' });
    const r = await dmapi.resultRetrieve(w.client, { procId: q.procId });
    expect(r.completionStatus).toBe('ack');
    expect(r.authId).toBe(domainState(name)?.authId);
  });

  it('domain-delete with force', async () => {
    const name = w.spare[5] as string;
    const q = await dmapi.domainDelete(w.client, { domain: name, force: true });
    expect(q.procId).toMatch(/^\d+$/);
    expect(domainState(name)).toBeUndefined();
  });

  it('contact-delete of an unused contact', async () => {
    const created = await dmapi.contactCreate(w.client, {
      tld: 'com',
      fields: { name: 'Short Lived', email: 'short@example.org', 'address-1': 'Street 3', city: 'Town', 'postal-code': '1', country: 'US', phone: '+1.5555555' },
    });
    const h = created.handle as string;
    expect(w.state().contacts[h]).toBeDefined();
    await dmapi.contactDelete(w.client, { handle: h });
    expect(w.state().contacts[h]).toBeUndefined();
  });
});
