import { describe, expect, it, vi } from 'vitest';
import { DmapiError, DmapiTransportError } from '@/lib/dmapi';

// The executor's client pool needs a database and a session; these tests cover its pure parts only.
vi.mock('@/lib/auth', () => ({ clientForSession: vi.fn() }));
const { dmapiExecutor } = await import('./dmapi-executor');

describe('dmapiExecutor.describeError', () => {
  it('a DMAPI refusal is a known failure with its Error lines', () => {
    const e = new DmapiError({ request: 'domain-renew', httpStatus: 200, statusCode: 2400, statusText: 'Command failed', errors: ['max-price too low'], warnings: [] });
    const d = dmapiExecutor.describeError(e);
    expect(d.unknown).toBe(false);
    expect(d.message).toContain('max-price too low');
  });

  it('a transport failure may have reached Joker: unknown', () => {
    const d = dmapiExecutor.describeError(new DmapiTransportError('domain-lock', 'timeout', 'no answer'));
    expect(d.unknown).toBe(true);
  });

  it('recognises errors thrown by another bundle copy of the classes, by name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'DmapiError', userMessage: 'Refused.', errors: ['bad'] });
    expect(dmapiExecutor.describeError(foreign)).toEqual({ message: 'Refused. (bad)', unknown: false });
  });
});

describe('dmapiExecutor.describeError for an ended session', () => {
  it('is not-sent (the job pauses and the item is sent after it resumes), also from another bundle copy', () => {
    const ended = Object.assign(new Error('The panel session has ended.'), { name: 'SessionEndedError' });
    expect(dmapiExecutor.describeError(ended)).toMatchObject({ notSent: true, unknown: false, message: expect.stringMatching(/^Paused:/) });
    expect(dmapiExecutor.describeError(new Error('other')).notSent).toBeUndefined();
  });
});
