import 'server-only';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { ensurePrivateDir } from '../env/load';
import * as schema from './schema';

export type Schema = typeof schema;
/** The Drizzle handle; the same API on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent PGlite is used. */
  url?: string;
  /** PGlite data directory; absent (or `memory: true`) keeps the database in memory. */
  dataDir?: string;
  memory?: boolean;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Pool size for PostgreSQL (default 10). */
  max?: number;
}

export const migrationsFolder = path.resolve(process.cwd(), 'lib/db/migrations');

/** The advisory lock every panel process takes while it migrates (any constant; the same in every process). */
const MIGRATION_LOCK = 7_240_311_001;

/**
 * Two panel processes starting at once on an empty PostgreSQL database must not both run the migrations: the second
 * would fail half-way (both create the same tables). The lock is held on one reserved connection for the length of the
 * migration; the second process waits, then finds everything applied.
 */
async function migrateLocked(sql: postgres.Sql, migrate: () => Promise<void>): Promise<void> {
  const conn = await sql.reserve();
  try {
    await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate();
  } finally {
    await conn`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
    conn.release();
  }
}

/** Opens the panel database and brings its schema up to date with the versioned SQL migrations. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.url) {
    const sql = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(sql, { schema });
    if (shouldMigrate) {
      try {
        await migrateLocked(sql, () => migratePostgres(db, { migrationsFolder }));
      } catch (error) {
        await sql.end({ timeout: 5 }).catch(() => undefined);
        throw error;
      }
    }
    return { db: db as unknown as Db, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
  }
  let client: PGlite;
  if (options.memory || !options.dataDir) {
    client = new PGlite();
  } else {
    // The data directory is chosen at run time; tell Turbopack not to trace it into the build.
    const dir = path.resolve(/* turbopackIgnore: true */ options.dataDir);
    // The data directory is this user's only (PGlite writes its files world-readable inside it).
    ensurePrivateDir(path.dirname(dir));
    client = new PGlite(dir);
  }
  const db = drizzlePglite(client, { schema });
  if (shouldMigrate) await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}
