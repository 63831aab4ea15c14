import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DmapiAuthError, DmapiError, DmapiTransportError } from '@/lib/dmapi/errors';
import { describeFailure, failureText } from './describe';
import { ExpectedFailure } from './expected';
import { dmapiWords, fieldErrorsFrom, nackWords } from './dmapi-words';

const refusal = (statusCode: number, errors: string[], statusText = '') =>
  new DmapiError({ request: 'domain-modify', httpStatus: 200, statusCode, statusText, errors, warnings: [] });

describe('dmapiWords', () => {
  it.each([
    [2200, [], 'Authentication error', /session has expired/],
    [2202, [], 'Authorization error', /not allowed/],
    [2303, ['handle: no such object'], 'Object does not exist', /does not exist/],
    [2400, ['zone line 2: bad'], 'Command failed', /could not carry out/],
    [2104, ['insufficient funds: 10.00 EUR needed, 1.00 EUR available'], 'Billing failure', /balance is too low/],
    [2400, ['Insufficient funds'], 'Command failed', /balance is too low/],
    [2302, ['domain: example.com is not available'], 'Object exists', /not available for registration/],
    [2400, ['invalid session'], 'Command failed', /session has expired/],
    [2303, ['owner-c: unknown handle CCOM-1'], 'Object does not exist', /contact handle is unknown/],
    [2306, ['max-price: required for premium domains'], 'Parameter value policy error', /premium/],
    [2305, ['handle: C-1 is in use by a.com, b.com'], '', /still in use/],
    [2304, ['domain: example.com is locked'], '', /locked/],
    [2304, ['domain: example.org is locked by its holder'], '', /at its current registrar/],
    [2306, ['domain: TLD .zz is not offered'], '', /does not offer this TLD/],
    [2999, [], 'Something', /internal problem/],
  ])('%i %j → a sentence a person can act on', (code, errors, text, expected) => {
    expect(dmapiWords(code, errors, text).error).toMatch(expected);
  });

  it('offers the unlock fix for a lock, the top-up for billing, and results for a pending request', () => {
    expect(dmapiWords(2304, ['domain: x.com is locked']).fix?.action).toBe('unlock');
    expect(dmapiWords(2104, []).fix?.action).toBe('top-up');
    expect(dmapiWords(2304, ['proc-id: request 5 is still in progress']).fix?.href).toBe('/results');
  });

  it('words a nack with and without reasons', () => {
    expect(nackWords([]).error).toMatch(/without giving a reason/);
    expect(nackWords(['billing: insufficient funds']).error).toMatch(/balance is too low/);
    expect(nackWords(['registry said no']).error).toBe('Joker.com refused the request.');
  });
});

describe('fieldErrorsFrom', () => {
  it('puts Error lines that name a parameter next to their field, through a map', () => {
    const errors = ['owner-c: unknown handle X', 'ns-list: ns1.example.com does not exist', 'something general'];
    expect(fieldErrorsFrom(errors, { 'owner-c': 'ownerC', 'ns-list': 'nameservers' })).toEqual({
      ownerC: ['Unknown handle X'],
      nameservers: ['Ns1.example.com does not exist'],
    });
    expect(fieldErrorsFrom(errors, ['owner-c'])).toEqual({ 'owner-c': ['Unknown handle X'] });
    expect(fieldErrorsFrom(['something general'], ['domain'])).toBeUndefined();
  });
});

describe('describeFailure', () => {
  it('a DMAPI refusal keeps its code, Error lines, Proc-ID and field errors', () => {
    const e = new DmapiError({
      request: 'domain-register', httpStatus: 200, statusCode: 2303, statusText: '', errors: ['owner-c: unknown handle X'], warnings: [], procId: '7',
    });
    expect(describeFailure(e, { fields: ['owner-c'] })).toMatchObject({
      code: 'dmapi',
      statusCode: 2303,
      procId: '7',
      dmapiErrors: ['owner-c: unknown handle X'],
      fieldErrors: { 'owner-c': ['Unknown handle X'] },
      error: expect.stringMatching(/contact handle is unknown/),
    });
  });

  it('an expired credential asks to sign in', () => {
    const e = new DmapiAuthError({ request: 'x', httpStatus: 401, statusCode: 2200, statusText: '', errors: [], warnings: [] });
    expect(describeFailure(e)).toMatchObject({ code: 'unauthenticated', fix: { action: 'sign-in' } });
  });

  it('a write that timed out may have happened; a refused connection did not; a read is just unavailable', () => {
    expect(describeFailure(new DmapiTransportError('domain-renew', 'timeout', 'slow'), { write: true })).toMatchObject({
      code: 'outcome-unknown',
      mayHaveHappened: true,
    });
    expect(describeFailure(new DmapiTransportError('domain-renew', 'network', 'reset'), { write: true })?.code).toBe('outcome-unknown');
    expect(describeFailure(new DmapiTransportError('domain-renew', 'refused', 'ECONNREFUSED'), { write: true })).toMatchObject({
      code: 'unavailable',
      next: expect.stringMatching(/Nothing was changed/),
    });
    expect(describeFailure(new DmapiTransportError('query-whois', 'timeout', 'slow'))).toMatchObject({ code: 'unavailable' });
  });

  it('validation errors come back per field', () => {
    const parsed = z.object({ domain: z.string().min(3, 'Too short') }).safeParse({ domain: 'x' });
    if (parsed.success) throw new Error('expected a failure');
    expect(describeFailure(parsed.error)).toEqual({ code: 'invalid', error: 'Some values need attention.', fieldErrors: { domain: ['Too short'] } });
  });

  it('expected failures keep their words; anything else is unexpected', () => {
    expect(describeFailure(new ExpectedFailure('Nope', { code: 'limit', next: 'Ask less' }))).toEqual({ code: 'limit', error: 'Nope', next: 'Ask less' });
    expect(describeFailure(new Error('bug'))).toBeUndefined();
    expect(failureText(new Error('bug'))).toMatch(/went wrong/);
    expect(failureText(refusal(2400, ['zone line 3: bad']))).toBe('Joker.com could not carry out the command. (zone line 3: bad)');
  });
});

describe('status texts', () => {
  it('an EPP "Object status prohibits operation" is not mistaken for a lock', () => {
    expect(dmapiWords(2304, ['domain: example.com is being transferred'], 'Object status prohibits operation').fix?.action).toBeUndefined();
    expect(dmapiWords(2304, ['domain: example.com is already locked'], 'Object status prohibits operation').error).toMatch(/already in that state/);
  });
});
