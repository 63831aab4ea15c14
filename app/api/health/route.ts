import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDatabase } from '@/lib/db';
import { env } from '@/lib/env';
import { errorFields, log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** Liveness and configuration check: answers only after a real query against the database. Public by design. */
export async function GET() {
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1 as ok`);
    return NextResponse.json(
      { status: 'ok', environment: env.ENVIRONMENT, database: database.kind },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    log('health').error(errorFields(error), 'database check failed');
    return NextResponse.json(
      { status: 'error', environment: env.ENVIRONMENT, database: env.DATABASE_KIND },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
