import { afterEach, describe, expect, it } from 'vitest';
import { ok, replyText } from '../test-server';
import { queryAccountBalance, queryOrderList, queryProfile, resultDelete, resultList, resultListCount, resultRetrieve } from './account';
import { scripted, type Scripted } from './test-client';

let s: Scripted | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});

describe('account requests', () => {
  it('result-list: seven space-separated fields, ack/nack/? and - for no cltrid', async () => {
    s = await scripted({
      'result-list': ok(
        '20261121101500 a1b2 917263183 domain-renew example.com ack -\n20261121101600 c3d4 917263184 dns-zone-put example.net ? my-tx-1\n20261121101700 e5f6 917263185 domain-register bad.com nack -',
      ),
    });
    const rows = await resultList(s.client, { status: '?', rtype: 'domain-*' });
    expect(s.sent()[0]?.params).toEqual({ pending: '1', status: '?', rtype: 'domain-*' });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      timestamp: new Date('2026-11-21T10:15:00Z'), svTrId: 'a1b2', procId: '917263183', requestType: 'domain-renew',
      object: 'example.com', status: 'ack', clTrId: undefined,
    });
    expect(rows[1]?.status).toBe('?');
    expect(rows[1]?.clTrId).toBe('my-tx-1');
    expect(rows[2]?.status).toBe('nack');
  });

  it('result-list count-only: Records: N', async () => {
    s = await scripted({ 'result-list': ok('Records: 17\n') });
    expect(await resultListCount(s.client, { pending: true })).toBe(17);
    expect(s.sent()[0]?.params).toEqual({ pending: '1', 'count-only': '1' });
  });

  it('result-retrieve: completion status and the transfer Auth-ID line', async () => {
    s = await scripted({
      'result-retrieve': ok('Completion-Status: ack\nProc-ID: 917263190\nRequest-Type: domain-transfer-get-auth-id\nThe Authorization ID is: "x8#Kq2!mZ"\n'),
    });
    const r = await resultRetrieve(s.client, { procId: 917263190 });
    expect(s.sent()[0]?.params).toEqual({ 'proc-id': '917263190' });
    expect(r.completionStatus).toBe('ack');
    expect(r.authId).toBe('x8#Kq2!mZ');
    expect(r.fields['request-type']).toEqual(['domain-transfer-get-auth-id']);
  });

  it('result-retrieve needs an id', async () => {
    s = await scripted({});
    await expect(resultRetrieve(s.client, {})).rejects.toThrow(/Proc-ID/);
  });

  it('result-delete returns the confirmation', async () => {
    s = await scripted({ 'result-delete': ok('Result deleted\n') });
    expect((await resultDelete(s.client, { svTrId: 'abc' })).message).toBe('Result deleted');
  });

  it('query-profile: key: value lines with balance as a number', async () => {
    s = await scripted({ 'query-profile': ok('customer-id: 4711\nfname: Jane\nlname: Doe\nbalance: 1000.50\nvat-id: -\n') });
    const p = await queryProfile(s.client);
    expect(p).toMatchObject({ customerId: '4711', fname: 'Jane', lname: 'Doe', balance: 1000.5 });
    expect(p.vatId).toBeUndefined();
  });

  it('query-account-balance: Status-Code 1000, TAB row under Columns', async () => {
    s = await scripted({
      'query-account-balance': replyText([['Status-Code', '1000'], ['Status-Text', 'OK'], ['Columns', 'available,pending,total,currency'], ['Separator', 'TAB']], '975.00\t25.00\t1000.00\tUSD\n'),
    });
    expect(await queryAccountBalance(s.client)).toEqual({ available: 975, pending: 25, total: 1000, currency: 'USD' });
  });

  it('query-order-list: typed rows, empty currency on zero amounts, negative refunds', async () => {
    const cols = 'order_id,proc_id,created_at,status,type,amount_brutto,amount_netto,currency,identifier';
    s = await scripted({
      'query-order-list': replyText(
        [['Status-Code', '1000'], ['Status-Text', 'OK'], ['Row-Count', '3'], ['Columns', cols], ['Separator', 'TAB']],
        '85671266\t917263183\t2024-03-17T07:58:14Z\tok\trenew\t10.19\t10.19\tUSD\texample.org\n85671227\t917263144\t2024-03-17T07:54:07Z\tok\tservice_request\t0\t0\t\texample.com\n85671200\t-\t2024-03-16T00:00:00Z\tok\tdelete_domain\t-8.50\t-8.50\tUSD\texample.net\n',
      ),
    });
    const rows = await queryOrderList(s.client, { after: '2024-03-01', type: 'renew', showAll: true });
    expect(s.sent()[0]?.params).toEqual({ after: '2024-03-01', type: 'renew', 'show-all': '1' });
    expect(rows[0]).toEqual({
      orderId: '85671266', procId: '917263183', createdAt: new Date('2024-03-17T07:58:14Z'), status: 'ok', type: 'renew',
      amountBrutto: 10.19, amountNetto: 10.19, currency: 'USD', identifier: 'example.org',
    });
    expect(rows[1]?.currency).toBeUndefined();
    expect(rows[1]?.identifier).toBe('example.com');
    expect(rows[2]?.amountBrutto).toBe(-8.5);
    expect(rows[2]?.procId).toBeUndefined();
  });

  it('query-order-list: the documentation\'s space-separated example with a vanished empty currency', async () => {
    s = await scripted({
      'query-order-list': replyText(
        [['Status-Code', '1000'], ['Columns', 'order_id,proc_id,created_at,status,type,amount_brutto,amount_netto,currency,identifier']],
        '85671226 917263143 2024-03-17T07:54:07Z ok create-contact 0 0 CCOM-91167381\n',
      ),
    });
    const [row] = await queryOrderList(s.client);
    expect(row?.identifier).toBe('CCOM-91167381');
    expect(row?.currency).toBeUndefined();
  });
});
