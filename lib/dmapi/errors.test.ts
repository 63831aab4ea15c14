import { describe, expect, it } from 'vitest';
import { DmapiAuthError, DmapiError, userMessageFor } from './errors';

describe('userMessageFor', () => {
  it.each([
    [2200, [], 'Authentication error', /session has expired|sign in again/],
    [2202, [], 'Authorization error', /not allowed/],
    [2303, ['handle: no such object'], 'Object does not exist', /does not exist/],
    [2400, ['zone line 2: bad'], 'Command failed', /could not carry out/],
    [2104, ['insufficient funds: 10.00 EUR needed, 1.00 EUR available'], 'Billing failure', /balance is too low/],
    [2400, ['Insufficient funds'], 'Command failed', /balance is too low/],
    [2302, ['domain: example.com is not available'], 'Object exists', /not available for registration/],
    [2400, ['invalid session'], 'Command failed', /sign in again/],
    [2303, ['owner-c: unknown handle CCOM-1'], 'Object does not exist', /contact handle is unknown/],
    [2306, ['max-price: required for premium domains'], 'Parameter value policy error', /max-price/],
    [2999, [], 'Something', /rejected|internal/],
  ])('%i %j → a sentence a person can act on', (code, errors, text, expected) => {
    expect(userMessageFor(code, errors, text)).toMatch(expected);
  });
});

describe('DmapiError', () => {
  it('carries every detail and names the request in its message', () => {
    const e = new DmapiError({
      request: 'domain-register', httpStatus: 200, statusCode: 2104, statusText: 'Billing failure', errors: ['insufficient funds'],
      warnings: ['w'], trackingId: 't1', procId: 'p1',
    });
    expect(e.message).toBe('DMAPI domain-register failed (HTTP 200, Status-Code 2104 Billing failure): insufficient funds');
    expect(e).toMatchObject({ request: 'domain-register', statusCode: 2104, errors: ['insufficient funds'], warnings: ['w'], trackingId: 't1', procId: 'p1' });
    expect(e.userMessage).toMatch(/balance is too low/);
  });

  it('DmapiAuthError is a DmapiError', () => {
    const e = new DmapiAuthError({ request: 'query-profile', httpStatus: 401, statusCode: 2200, statusText: 'Authentication error', errors: [], warnings: [] });
    expect(e).toBeInstanceOf(DmapiError);
    expect(e.name).toBe('DmapiAuthError');
  });
});
