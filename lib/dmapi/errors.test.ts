import { describe, expect, it, vi } from 'vitest';
import { DmapiAuthError, DmapiError, DmapiTransportError } from './errors';

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

describe('branded instanceof', () => {
  it('recognises an error made by another copy of the classes (another Next bundle) without name checks', async () => {
    vi.resetModules();
    // A query string makes Vite load a second, separate copy of the module, as a second Next bundle would.
    const other = (await import(/* @vite-ignore */ `./errors?copy=${Date.now()}`)) as typeof import('./errors');
    const foreign = new other.DmapiAuthError({ request: 'x', httpStatus: 401, statusCode: 2200, statusText: '', errors: [], warnings: [] });
    expect(Object.getPrototypeOf(foreign)).not.toBe(DmapiAuthError.prototype);
    expect(foreign).toBeInstanceOf(DmapiAuthError);
    expect(foreign).toBeInstanceOf(DmapiError);
    expect(foreign).not.toBeInstanceOf(DmapiTransportError);
    expect(new other.DmapiTransportError('x', 'timeout', 'slow')).toBeInstanceOf(DmapiTransportError);
    expect(new other.DmapiTransportError('x', 'timeout', 'slow')).not.toBeInstanceOf(DmapiError);
  });

  it('does not brand look-alikes: a plain Error named DmapiError is not one', () => {
    const fake = Object.assign(new Error('x'), { name: 'DmapiError' });
    expect(fake).not.toBeInstanceOf(DmapiError);
    expect(new DmapiError({ request: 'x', httpStatus: 200, statusCode: 2400, statusText: '', errors: [], warnings: [] }).name).toBe('DmapiError');
  });
});
