import 'server-only';
import path from 'node:path';
import { env } from '@/lib/env';
import { type Database, type Db, openDatabase } from './open';

export type { Db } from './open';
export * as schema from './schema';

// One database per server process, kept on globalThis so that dev-mode module reloads do not open a second PGlite
// on the same directory (PGlite holds the directory exclusively).
const holder = globalThis as unknown as { __panelDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__panelDatabase ??= openDatabase({
    url: env.DATABASE_URL,
    dataDir: path.join(env.DATA_DIR, 'pglite'),
  }).catch((error: unknown) => {
    holder.__panelDatabase = undefined;
    throw error;
  });
  return holder.__panelDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Closes this process's database (a graceful stop); the next getDatabase() opens it again. */
export async function closeDatabase(): Promise<void> {
  const open = holder.__panelDatabase;
  holder.__panelDatabase = undefined;
  if (open) await (await open).close();
}
