import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDatabase } from '@/lib/db';
import { env } from '@/lib/env';
import { panelStatus } from '@/lib/lifecycle';
import { errorFields, log } from '@/lib/log';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Liveness and readiness: answers `ok` only after a real query against the (migrated) database and with the bulk job
 * runner running; otherwise 503 with what is wrong. Public by design; says nothing secret.
 */
export async function GET() {
  const status = panelStatus();
  const base = { environment: env.ENVIRONMENT, database: env.DATABASE_KIND };
  if (status.database !== 'ok') {
    return NextResponse.json({ ...base, status: 'error', startup: status.database, problem: status.problem }, { status: 503, headers: NO_STORE });
  }
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1 as ok`);
  } catch (error) {
    log('health').error(errorFields(error), 'database check failed');
    return NextResponse.json({ ...base, status: 'error', problem: 'The database does not answer.' }, { status: 503, headers: NO_STORE });
  }
  if (status.jobs === 'failed' || status.jobs === 'stopped') {
    return NextResponse.json({ ...base, status: 'error', jobs: status.jobs, problem: status.problem ?? 'The panel is stopping.' }, { status: 503, headers: NO_STORE });
  }
  return NextResponse.json({ ...base, status: 'ok' }, { headers: NO_STORE });
}
