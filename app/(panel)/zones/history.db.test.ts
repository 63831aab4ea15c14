/**
 * The zone page's history read (a statement prepared once per database), on PGlite and under `npm run test:pg` on
 * PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/open';
import { freshDatabase } from '@/test/db';
import { insertHistory, listHistory } from '@/lib/zone/server/history';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database?.close());

describe('listHistory', () => {
  it('lists one zone of one account, newest first, at most the limit (a parameter of the one statement)', async () => {
    const db = database.db;
    const actor = (uid: string) => ({ uid, fingerprint: `fp-${uid}`, name: `User ${uid}` });
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push(await insertHistory(db, { actor: actor('u1'), domain: 'example.com', zoneBefore: `v${i}`, zoneAfter: `v${i + 1}`, source: 'editor' }));
    await insertHistory(db, { actor: actor('u1'), domain: 'other.com', zoneBefore: 'a', zoneAfter: 'b', source: 'editor' });
    await insertHistory(db, { actor: actor('u2'), domain: 'example.com', zoneBefore: 'x', zoneAfter: 'y', source: 'import' });

    const all = await listHistory(db, 'u1', 'example.com', 30);
    expect(all.map((r) => r.id)).toEqual([...ids].reverse());
    expect(all[0]).toMatchObject({ accountUid: 'u1', domain: 'example.com', zoneAfter: 'v4', actorName: 'User u1' });
    expect(all[0]!.createdAt).toBeInstanceOf(Date);
    expect((await listHistory(db, 'u1', 'example.com', 2)).map((r) => r.id)).toEqual([ids[3], ids[2]]);
    expect((await listHistory(db, 'u2', 'example.com', 30)).map((r) => r.zoneAfter)).toEqual(['y']);
    expect(await listHistory(db, 'u3', 'example.com', 30)).toEqual([]);
  });
});
