/**
 * The queued-request follower (followQueued) against the real sandbox over HTTP: a queued write is `pending`, then
 * `ack` once the sandbox has processed it; a write Joker accepts and then refuses (the sandbox's `nack` fault) comes
 * back as `nack` with its reasons in words; a Proc-ID result-list does not know is `unlisted`, not settled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainLock, domainUnlock } from '@/lib/dmapi';
import { operator, startWorld, type SandboxWorld } from '@/lib/dmapi/sandbox-world';
import { FORCED_NACK_REASON } from '@/lib/sandbox/queue/queue';
import { followQueued } from './follow';
import { isSettled } from './types';

let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

/** A Proc-ID of a queued lock or unlock of `domain`, whichever changes its state. */
async function queuedWrite(domain: string): Promise<{ procId: string; request: string }> {
  const locked = w.state().domains.get(domain)?.locked;
  const request = locked ? 'domain-unlock' : 'domain-lock';
  const r = locked ? await domainUnlock(w.client, { domain }) : await domainLock(w.client, { domain });
  if (!r.procId) throw new Error(`${request} of ${domain} was not queued`);
  return { procId: r.procId, request };
}

describe('followQueued', () => {
  it('follows an accepted write from pending to ack, naming the request and its object', async () => {
    const domain = w.spare[0] as string;
    const lockedBefore = w.state().domains.get(domain)?.locked;
    const { procId, request } = await queuedWrite(domain);
    const first = await followQueued(w.client, procId);
    expect(first).toMatchObject({ procId, request, object: domain });
    expect(first.status === 'pending' || first.status === 'ack').toBe(true);
    expect(first.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '10' });
    const done = await followQueued(w.client, procId);
    expect(done.status).toBe('ack');
    expect(isSettled(done.status)).toBe(true);
    expect(done.error).toBeUndefined();
    expect(w.state().domains.get(domain)?.locked).toBe(!lockedBefore);
  });

  it('a nack carries Joker’s reasons and a sentence', async () => {
    const domain = w.spare[1] as string;
    const lockedBefore = w.state().domains.get(domain)?.locked;
    await operator(w.sandbox.url, '/_sandbox/faults', { request: lockedBefore ? 'domain-unlock' : 'domain-lock', mode: 'nack', count: 1 });
    const { procId } = await queuedWrite(domain);
    await operator(w.sandbox.url, '/_sandbox/clock', { advance: '10' });
    const out = await followQueued(w.client, procId);
    expect(out.status).toBe('nack');
    expect(out.reasons).toEqual([FORCED_NACK_REASON]);
    expect(out.error).toMatch(/\w/);
    expect(out.error).not.toBe('Joker.com refused the request without giving a reason.');
  });

  it('a Proc-ID result-list does not know is unlisted, and the follower keeps asking', async () => {
    const out = await followQueued(w.client, '999999999');
    expect(out).toEqual({ procId: '999999999', status: 'unlisted' });
    expect(isSettled(out.status)).toBe(false);
  });
});
