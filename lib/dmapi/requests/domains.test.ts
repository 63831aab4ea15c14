import { afterEach, describe, expect, it } from 'vitest';
import { DmapiTransportError } from '../errors';
import { loginReply } from '../test-fixtures';
import { ok, replyText } from '../test-server';
import { queryDomainList } from './domain-list';
import { domainCheck, domainGetProperty, domainSetProperty } from './domain-properties';
import { domainRegisterSchema, domainRenewSchema } from '@/lib/schemas/domain';
import { domainDelete, domainLock, domainModify, domainOwnerChange, domainPrivacyOrder, domainRegister, domainRenew } from './domains';
import { scripted, type Scripted } from './test-client';
import {
  domainTransferCancel, domainTransferGetAuthId, domainTransferInReseller, domainTransferList, domainTransferResendFoa, domainTransferShow,
} from './transfers';

let s: Scripted | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});

const queued = (id: string) => ok('', [['Proc-ID', id]]);

describe('query-domain-list', () => {
  it('maps every column of showstatus, showgrants and showprivacy by name', async () => {
    s = await scripted({
      'query-domain-list': replyText(
        [['Status-Code', '0'], ['Status-Text', 'Command completed successfully'], ['Columns', 'domain,expiration_date,domain_status,grants,privacy-status,privacy-origin,privacy-expiration']],
        'example.com 2027-03-04 production,autorenew - pro pro 2027-03-04\nexample.net 2026-12-01 lock @admin:a@b.c - - -',
      ),
    });
    const rows = await queryDomainList(s.client, { pattern: 'ex*', showstatus: true, showgrants: true, showprivacy: true, from: 1, to: 50 });
    expect(s.sent()[0]?.params).toEqual({ pattern: 'ex*', showstatus: '1', showgrants: '1', showprivacy: '1', from: '1', to: '50' });
    expect(rows).toEqual([
      {
        domain: 'example.com', expiration: new Date('2027-03-04T00:00:00Z'), statuses: ['production', 'autorenew'], grants: [],
        privacyStatus: 'pro', privacyOrigin: 'pro', privacyExpiration: new Date('2027-03-04T00:00:00Z'),
      },
      { domain: 'example.net', expiration: new Date('2026-12-01T00:00:00Z'), statuses: ['lock'], grants: ['@admin:a@b.c'] },
    ]);
  });

  it('an empty list: empty body, no trailing newline, success', async () => {
    s = await scripted({ 'query-domain-list': 'Status-Code: 0\nStatus-Text: Command completed successfully\nColumns: domain,expiration_date\n\n' });
    expect(await queryDomainList(s.client, { pattern: 'nothing*' })).toEqual([]);
  });

  it('without a Columns header falls back to the order of the flags', async () => {
    s = await scripted({ 'query-domain-list': ok('a.com 2027-01-01 production') });
    const [row] = await queryDomainList(s.client, { showstatus: true });
    expect(row?.statuses).toEqual(['production']);
  });
});

describe('domain writes', () => {
  it('domain-register sends months, colon-joined ns-list and returns the Proc-ID', async () => {
    s = await scripted({ 'domain-register': queued('917263200') });
    const r = await domainRegister(s.client, {
      domain: 'Example.COM', period: 12, ownerC: 'CCOM-1', billingC: 'CCOM-2', adminC: 'CCOM-2', techC: 'CCOM-2',
      nsList: ['a.ns.joker.com', 'b.ns.joker.com'], privacy: 'pro', maxPrice: 12.5, autorenew: true,
    });
    expect(r).toEqual({ procId: '917263200', trackingId: 'a1b2c3d4e5f6', warnings: [] });
    expect(s.sent()[0]?.params).toEqual({
      domain: 'example.com', period: '12', status: 'production', 'owner-c': 'CCOM-1', 'billing-c': 'CCOM-2', 'admin-c': 'CCOM-2',
      'tech-c': 'CCOM-2', 'ns-list': 'a.ns.joker.com:b.ns.joker.com', autorenew: '1', privacy: 'pro', 'max-price': '12.5',
    });
  });

  it('schemas enforce the documentation: one of period/expyear, max-price above 0, privacy enum', () => {
    expect(domainRenewSchema.safeParse({ domain: 'a.com', period: 12, expyear: 2030 }).success).toBe(false);
    expect(domainRenewSchema.safeParse({ domain: 'a.com' }).success).toBe(false);
    expect(domainRenewSchema.safeParse({ domain: 'a.com', expyear: 2030, privacy: 'keep' }).success).toBe(true);
    expect(domainRenewSchema.safeParse({ domain: 'a.com', period: 12, maxPrice: 0 }).success).toBe(false);
    expect(domainRenewSchema.safeParse({ domain: 'a.com', period: 12, privacy: 'gold' }).success).toBe(false);
    expect(domainRegisterSchema.safeParse({ domain: 'a.com', period: 12, ownerC: 'C-1', billingC: 'C-1', adminC: 'C-1', techC: 'C-1', nsList: [] }).success).toBe(false);
    expect(domainRegisterSchema.safeParse({ domain: 'a.com&x=1', period: 12, ownerC: 'C-1', billingC: 'C-1', adminC: 'C-1', techC: 'C-1', nsList: ['ns.a.com'] }).success).toBe(false);
  });

  it('domain-renew with expyear and keep; warnings are returned', async () => {
    s = await scripted({ 'domain-renew': ok('', [['Proc-ID', '5'], ['Warning', 'privacy renewed too']]) });
    const r = await domainRenew(s.client, { domain: 'a.com', expyear: 2030, privacy: 'keep' });
    expect(r.warnings).toEqual(['privacy renewed too']);
    expect(s.sent()[0]?.params).toEqual({ domain: 'a.com', expyear: '2030', privacy: 'keep' });
  });

  it('a queued request accepted without Proc-ID is reported, not swallowed', async () => {
    s = await scripted({ 'domain-renew': ok() });
    await expect(domainRenew(s.client, { domain: 'a.com', period: 12 })).rejects.toBeInstanceOf(DmapiTransportError);
  });

  it('domain-modify: dnssec=1 with ds-N, dnssec=0 to remove', async () => {
    s = await scripted({ 'domain-modify': queued('7') });
    await domainModify(s.client, { domain: 'example.com', dnssec: ['38698:5:1:AFE249392848D0458B3967BA1EE9BDEA6C3ECB43', '256:3:5:AwEAAd4TaRzE+/='], adminC: 'CCOM-9' });
    await domainModify(s.client, { domain: 'example.com', dnssec: false });
    await domainModify(s.client, { domain: 'example.com', nsList: ['a.my-own-ns.com', 'b.my-own-ns.com'] });
    const [set, remove, ns] = s.sent();
    expect(set?.params).toEqual({ domain: 'example.com', 'admin-c': 'CCOM-9', dnssec: '1', 'ds-1': '38698:5:1:AFE249392848D0458B3967BA1EE9BDEA6C3ECB43', 'ds-2': '256:3:5:AwEAAd4TaRzE+/=' });
    expect(remove?.params).toEqual({ domain: 'example.com', dnssec: '0' });
    expect(ns?.params).toEqual({ domain: 'example.com', 'ns-list': 'a.my-own-ns.com:b.my-own-ns.com' });
    await expect(domainModify(s.client, { domain: 'example.com', dnssec: ['not a ds'] })).rejects.toThrow();
  });

  it('domain-delete force, lock (no Proc-ID needed), privacy order, owner change', async () => {
    s = await scripted({ 'domain-delete': queued('8'), 'domain-lock': ok(), 'domain-privacy-order': queued('9'), 'domain-owner-change': queued('10') });
    expect((await domainDelete(s.client, { domain: 'a.com', force: true })).procId).toBe('8');
    expect(await domainLock(s.client, { domain: 'a.com' })).toEqual({ trackingId: 'a1b2c3d4e5f6', warnings: [] });
    expect((await domainPrivacyOrder(s.client, { domain: 'a.com', privacy: 'basic' })).procId).toBe('9');
    await domainOwnerChange(s.client, {
      domain: 'a.com',
      fields: { fname: 'John', lname: 'Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122', country: 'us', phone: '+1.422.8001', individual: 'Y' },
      lockOptOut: true,
    });
    const sent = s.sent();
    expect(sent[0]?.params).toEqual({ domain: 'a.com', force: '1' });
    expect(sent[3]?.params).toEqual({
      domain: 'a.com', fname: 'John', lname: 'Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown',
      'postal-code': '40122', country: 'US', phone: '+1.422.8001', individual: 'Y', 'lock-opt-out': 'yes',
    });
    const refused = await domainOwnerChange(s.client, { domain: 'a.com', fields: { email: 'x@y.z' } }).catch((e: unknown) => e);
    expect(String(refused)).toMatch(/street address is required/);
    // The rules of the domain's TLD apply: a .us owner needs its nexus data.
    const us = await domainOwnerChange(s.client, {
      domain: 'a.us', fields: { name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1.422.8001' },
    }).catch((e: unknown) => e);
    expect(String(us)).toMatch(/nexus category is required/);
    expect(s.sent()).toHaveLength(4);
  });
});

describe('properties and check', () => {
  it('domain-set-property / domain-get-property', async () => {
    s = await scripted({ 'domain-set-property': ok(), 'domain-get-property': ok('autorenew: 1\n') });
    await domainSetProperty(s.client, { domain: '*.com', pname: 'autorenew', pvalue: true });
    expect(s.sent()[0]?.params).toEqual({ domain: '*.com', pname: 'autorenew', pvalue: '1' });
    expect(await domainGetProperty(s.client, { domain: 'a.com', pname: 'autorenew' })).toEqual({ name: 'autorenew', value: '1' });
    await expect(domainSetProperty(s.client, { domain: 'a.com', pname: 'privacy', pvalue: 'gold' })).rejects.toThrow();
  });

  it('domain-check: the documentation\'s full example with trailing blanks, Status-Code 1000', async () => {
    s = await scripted({
      'domain-check': replyText(
        [['Status-Code', '1000'], ['Status-Text', 'Command completed successfully']],
        'domain-status: unavailable \ndomain-status-reason: blocked \ndomain-class: standard \ndomain-price-create: 8.21 USD 1y \ndomain-price-promo: 2019-09-01T00:00:00.000Z 2019-12-31T23:59:59.000Z \n',
      ),
    });
    const r = await domainCheck(s.client, { domain: 'web.blog', checkPrice: 'create', period: 1 });
    expect(r).toEqual({
      domain: 'web.blog', status: 'unavailable', reason: 'blocked', priceClass: 'standard',
      prices: [{ type: 'create', amount: 8.21, currency: 'USD', years: 1 }],
      promo: { start: new Date('2019-09-01T00:00:00.000Z'), end: new Date('2019-12-31T23:59:59.000Z') }, needsMaxPrice: false,
    });
    expect(s.sent()[0]?.params).toEqual({ domain: 'web.blog', 'check-price': 'create', period: '1' });
  });

  it('domain-check: premium needs max-price', async () => {
    s = await scripted({ 'domain-check': replyText([['Status-Code', '1000']], 'domain-status: premium\ndomain-class: tier-1\ndomain-price-create: 2500.00 EUR 1y\n') });
    const r = await domainCheck(s.client, { domain: 'best.com' });
    expect(r.status).toBe('premium');
    expect(r.needsMaxPrice).toBe(true);
    expect(r.prices[0]?.amount).toBe(2500);
  });
});

describe('transfers', () => {
  it('domain-transfer-in-reseller sends the Auth-ID and returns the Proc-ID', async () => {
    s = await scripted({ 'domain-transfer-in-reseller': queued('11') });
    const r = await domainTransferInReseller(s.client, { domain: 'example.com', transferAuthId: 'zig&zag', ownerC: 'CCOM-1', privacy: 'pro' });
    expect(r.procId).toBe('11');
    expect(s.sent()[0]?.params).toEqual({ domain: 'example.com', 'transfer-auth-id': 'zig&zag', 'owner-c': 'CCOM-1', privacy: 'pro' });
    await expect(domainTransferInReseller(s.client, { domain: 'example.com', ownerC: 'CCOM-1' })).rejects.toThrow(/Auth-ID/);
  });

  it('domain-transfer-get-auth-id is queued', async () => {
    s = await scripted({ 'domain-transfer-get-auth-id': queued('12') });
    expect((await domainTransferGetAuthId(s.client, { domain: 'a.com' })).procId).toBe('12');
  });

  it('domain-transfer-control list, show, resend-foa, cancel (1000)', async () => {
    const h = [['Status-Code', '1000'], ['Status-Text', 'OK']] as const;
    s = await scripted({ 'domain-transfer-control': replyText(h, '') });
    s.server.handle((req) => {
      if (req.request === 'login') return loginReply();
      switch (req.params.action) {
        case 'list':
          return replyText([...h, ['Separator', 'TAB']], 'a.com\tFOA_BEEN_SENT\towner@a.com\t-\nb.com\tIN_DB\t-\t-\n');
        case 'show':
          return replyText(h, 'domain: a.com\nstatus: FOA_BEEN_SENT\nowner_email: owner@example.com\nadmin_email: admin@example.com\ntransfer-id: 123456\n');
        default:
          return replyText(h, '');
      }
    });
    expect(await domainTransferList(s.client)).toEqual([
      { domain: 'a.com', state: 'FOA_BEEN_SENT', ownerEmail: 'owner@a.com', adminEmail: undefined },
      { domain: 'b.com', state: 'IN_DB', ownerEmail: undefined, adminEmail: undefined },
    ]);
    expect(await domainTransferShow(s.client, { domain: 'a.com' })).toEqual({
      domain: 'a.com', status: 'FOA_BEEN_SENT', ownerEmail: 'owner@example.com', adminEmail: 'admin@example.com', transferId: '123456',
    });
    await domainTransferResendFoa(s.client, { domain: 'a.com' });
    await domainTransferCancel(s.client, { domain: 'a.com' });
    expect(s.server.received.filter((r) => r.request === 'domain-transfer-control').map((r) => r.params.action)).toEqual(['list', 'show', 'resend-foa', 'cancel']);
  });
});
