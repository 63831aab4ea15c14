/** Contact defaults per TLD in a real (migrated, in-memory PGlite) database: set, read, replace, remove, per account. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db/open';
import { contactDefaultsFor, listContactDefaults, saveContactDefaults } from '@/lib/contacts/defaults';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ memory: true });
});
afterAll(async () => {
  await database?.close();
});

describe('contact defaults', () => {
  it('are empty until set, then read back per TLD (case-insensitive) and per account', async () => {
    expect(await contactDefaultsFor('uid-a', 'com', database.db)).toEqual({});
    await saveContactDefaults('uid-a', 'COM', { owner: 'COCO-1', tech: 'COCO-2' }, 'owner@a', database.db);
    await saveContactDefaults('uid-b', 'com', { owner: 'COCO-9' }, 'owner@b', database.db);
    expect(await contactDefaultsFor('uid-a', 'com', database.db)).toEqual({ owner: 'COCO-1', tech: 'COCO-2' });
    expect(await contactDefaultsFor('uid-b', 'Com', database.db)).toEqual({ owner: 'COCO-9' });
    expect(await contactDefaultsFor('uid-a', 'de', database.db)).toEqual({});
  });

  it('a save replaces the TLD’s roles; a save with no handle removes the row', async () => {
    await saveContactDefaults('uid-a', 'de', { admin: 'CDE-1' }, 'owner@a', database.db);
    await saveContactDefaults('uid-a', 'com', { billing: 'COCO-3' }, 'staff@a', database.db);
    expect(await contactDefaultsFor('uid-a', 'com', database.db)).toEqual({ billing: 'COCO-3' });
    expect((await listContactDefaults('uid-a', database.db)).map((r) => [r.tld, r.updatedBy])).toEqual([['com', 'staff@a'], ['de', 'owner@a']]);
    await saveContactDefaults('uid-a', 'com', {}, 'staff@a', database.db);
    expect((await listContactDefaults('uid-a', database.db)).map((r) => r.tld)).toEqual(['de']);
  });
});
