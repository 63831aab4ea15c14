import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/test/db';
import { openDatabase, type Database } from './open';
import { panelSettings } from './schema';

async function roundTrip(database: Database) {
  await database.db.insert(panelSettings).values({ key: 'probe', value: 'hello' });
  const rows = await database.db.select().from(panelSettings).where(eq(panelSettings.key, 'probe'));
  return rows[0]?.value;
}

describe('migrations', () => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const d of opened) await d.close();
  });

  it('migrate a fresh PGlite and read back a row', async () => {
    const database = await openDatabase({ memory: true });
    opened.push(database);
    expect(database.kind).toBe('pglite');
    expect(await roundTrip(database)).toBe('hello');
  });

  it.runIf(process.env.TEST_POSTGRES === '1')('migrate a fresh PostgreSQL and read back a row', async () => {
    const database = await freshDatabase();
    opened.push(database);
    expect(database.kind).toBe('postgres');
    expect(await roundTrip(database)).toBe('hello');
  });

  it('applying the migrations twice is a no-op', async () => {
    const database = await freshDatabase();
    opened.push(database);
    await roundTrip(database);
    const migrator =
      database.kind === 'pglite'
        ? await import('drizzle-orm/pglite/migrator')
        : await import('drizzle-orm/postgres-js/migrator');
    await migrator.migrate(database.db as never, { migrationsFolder: 'lib/db/migrations' });
    const rows = await database.db.select().from(panelSettings);
    expect(rows).toHaveLength(1);
  });
});

describe('two panel processes starting at once', () => {
  it.runIf(process.env.TEST_POSTGRES === '1')('migrate one empty PostgreSQL database without failing, in any order', async () => {
    const { randomBytes } = await import('node:crypto');
    const postgres = (await import('postgres')).default;
    const serverUrl = process.env.DATABASE_URL as string;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      for (let round = 0; round < 5; round++) {
        const name = `race_${randomBytes(5).toString('hex')}`;
        await admin.unsafe(`create database "${name}"`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        // Separate connection pools, as two processes have; both migrate the same empty database at the same moment.
        const both = await Promise.allSettled([openDatabase({ url: url.toString() }), openDatabase({ url: url.toString() })]);
        const reasons = both.flatMap((b) => (b.status === 'rejected' ? [String(b.reason)] : []));
        expect(reasons).toEqual([]);
        for (const b of both) if (b.status === 'fulfilled') {
          expect(await b.value.db.select().from(panelSettings)).toEqual([]);
          await b.value.close();
        }
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      }
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
});
