import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainLock, domainUnlock } from '@/lib/dmapi';
import { lastLogId, logSince, type SandboxWorld, startWorld } from '@/lib/dmapi/sandbox-world';
import { getPortfolioCopy, heldPortfolioCopy, invalidatePortfolio } from './copy';
import { domainListRow } from './domain-row';
import { patchListWire } from './patch';
import { payloadFromText } from './payload-text';

/** The account's held copy of the list against the real sandbox over HTTP: how many reads each use costs. */
let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w.sandbox.close();
});

async function reads(since: number): Promise<string[]> {
  return (await logSince(w.sandbox.url, since)).map((e) => e.request);
}

describe('portfolio copy', () => {
  it('is read once for concurrent and later readers, and its route text is the list the browser maps', async () => {
    const uid = 'copy-test-a';
    const since = await lastLogId(w.sandbox.url);
    const [a, b] = await Promise.all([getPortfolioCopy(uid, w.client), getPortfolioCopy(uid, w.client)]);
    const c = await getPortfolioCopy(uid, w.client);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(await reads(since)).toEqual(['query-domain-list']);
    expect(a.rows().length).toBe(250);
    expect(payloadFromText(a.text().toString('utf8'))).toEqual(a.payload());
    expect(a.sorted('domain', 'asc')).toBe(a.sorted('domain', 'asc'));
  });

  it('serves a domain row from the held copy without a DMAPI read, and reads one row when nothing is held', async () => {
    const uid = 'copy-test-b';
    let since = await lastLogId(w.sandbox.url);
    const cold = await domainListRow(uid, w.client, w.domain);
    expect(cold?.domain).toBe(w.domain);
    expect(await reads(since)).toEqual(['query-domain-list']);
    expect(heldPortfolioCopy(uid)).toBeUndefined();
    await getPortfolioCopy(uid, w.client);
    since = await lastLogId(w.sandbox.url);
    const warm = await domainListRow(uid, w.client, w.domain);
    expect(warm).toEqual(cold);
    expect(await reads(since)).toEqual([]);
  });

  it('after the panel changed a domain, re-reads only that row; without names, the whole list', async () => {
    const uid = 'copy-test-c';
    const before = await getPortfolioCopy(uid, w.client);
    const wasLocked = before.rows().find((r) => r.domain === w.domain)?.locked;
    await (wasLocked ? domainUnlock(w.client, { domain: w.domain }) : domainLock(w.client, { domain: w.domain }));
    let since = await lastLogId(w.sandbox.url);
    invalidatePortfolio(uid, [w.domain]);
    const patched = await getPortfolioCopy(uid, w.client);
    expect(await reads(since)).toEqual(['query-domain-list']);
    expect(patched).not.toBe(before);
    expect(patched.at).toBe(before.at);
    expect(patched.rows().find((r) => r.domain === w.domain)?.locked).toBe(!wasLocked);
    expect(patched.rows().length).toBe(250);
    expect(await getPortfolioCopy(uid, w.client)).toBe(patched);

    since = await lastLogId(w.sandbox.url);
    invalidatePortfolio(uid);
    const reread = await getPortfolioCopy(uid, w.client);
    expect(await reads(since)).toEqual(['query-domain-list']);
    expect(reread.wire.body).toBe(patched.wire.body);
  });

  it('a Refresh reads again unless the copy is a moment old', async () => {
    const uid = 'copy-test-d';
    const first = await getPortfolioCopy(uid, w.client);
    const since = await lastLogId(w.sandbox.url);
    expect(await getPortfolioCopy(uid, w.client, { refresh: true })).toBe(first);
    expect(await reads(since)).toEqual([]);
  });

  it('a patch removes a row that is gone and appends one that is new', async () => {
    const copy = await getPortfolioCopy('copy-test-e', w.client);
    const lines = copy.wire.body.split('\n');
    const target = lines.findIndex((l) => l.startsWith(`${w.domain} `));
    const without = [...lines.slice(0, target), ...lines.slice(target + 1), 'gone-for-good.com 2030-01-01 production - - - -'].join('\n');
    const patched = await patchListWire({ ...copy.wire, body: without }, [w.domain, 'gone-for-good.com'], w.client);
    const names = patched.body.split('\n').filter(Boolean).map((l) => l.split(' ')[0]);
    expect(names).toContain(w.domain);
    expect(names).not.toContain('gone-for-good.com');
    expect(names.length).toBe(250);
  });
});
