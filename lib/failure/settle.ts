import 'server-only';
import { describeFailure, type DescribeOptions } from './describe';
import type { Failure } from './types';

export type Settled<T> = { ok: true; data: T } | { ok: false; failure: Failure };

/**
 * For a page section's reads: the data, or an expected failure in words (the DMAPI away after its one retry, a
 * refusal) for <SectionFailure> to show with "Try again". Unexpected errors are thrown on, to the section's boundary.
 */
export async function settle<T>(work: () => Promise<T>, options: DescribeOptions = {}): Promise<Settled<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const failure = describeFailure(error, options);
    if (!failure) throw error;
    return { ok: false, failure };
  }
}
