import { describe, expect, it, vi } from 'vitest';
import { SessionEndedError } from '@/lib/auth/dmapi-pool';
import { DmapiError, DmapiTransportError } from '@/lib/dmapi';

// The executor's client pool needs a database and a session; these tests cover its pure parts only.
vi.mock('@/lib/auth', () => ({ clientForSession: vi.fn() }));
const { dmapiExecutor } = await import('./dmapi-executor');

/** A second copy of a module, as a second Next bundle would load it (the runner starts from instrumentation.ts). */
async function copyOf<T>(path: string): Promise<T> {
  return (await import(/* @vite-ignore */ `${path}?copy=${Math.random().toString(36).slice(2)}`)) as T;
}

describe('dmapiExecutor.describeError', () => {
  it('a DMAPI refusal is a known failure in words with its Error lines', () => {
    const e = new DmapiError({ request: 'domain-renew', httpStatus: 200, statusCode: 2400, statusText: 'Command failed', errors: ['max-price too low'], warnings: [] });
    const d = dmapiExecutor.describeError(e);
    expect(d.unknown).toBe(false);
    expect(d.message).toMatch(/premium/);
    expect(d.message).toContain('max-price too low');
  });

  it('a write that timed out may have reached Joker: unknown; a refused connection did not', () => {
    expect(dmapiExecutor.describeError(new DmapiTransportError('domain-lock', 'timeout', 'no answer')).unknown).toBe(true);
    expect(dmapiExecutor.describeError(new DmapiTransportError('domain-lock', 'refused', 'ECONNREFUSED')).unknown).toBe(false);
  });

  it('recognises errors made by another bundle copy of the classes, without name checks', async () => {
    const other = await copyOf<typeof import('@/lib/dmapi/errors')>('../dmapi/errors');
    const foreign = new other.DmapiError({ request: 'domain-lock', httpStatus: 200, statusCode: 2303, statusText: '', errors: ['domain: x.com does not exist'], warnings: [] });
    expect(dmapiExecutor.describeError(foreign)).toEqual({ message: expect.stringMatching(/does not exist at Joker\.com.*\(domain: x\.com does not exist\)$/), unknown: false });
    // A plain Error that merely carries the name is not one.
    expect(dmapiExecutor.describeError(Object.assign(new Error('x'), { name: 'DmapiError' }))).toEqual({ message: 'x', unknown: false });
  });
});

describe('dmapiExecutor.describeError for an ended session', () => {
  it('is not-sent (the job pauses and the item is sent after it resumes), also from another bundle copy', async () => {
    expect(dmapiExecutor.describeError(new SessionEndedError())).toMatchObject({ notSent: true, unknown: false, message: expect.stringMatching(/^Paused:/) });
    const other = await copyOf<typeof import('@/lib/auth/dmapi-pool')>('../auth/dmapi-pool');
    expect(dmapiExecutor.describeError(new other.SessionEndedError())).toMatchObject({ notSent: true });
    expect(dmapiExecutor.describeError(new Error('other')).notSent).toBeUndefined();
  });
});
