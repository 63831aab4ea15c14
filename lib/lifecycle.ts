import 'server-only';
import { closeDatabase, getDatabase } from '@/lib/db';
import { errorFields, log } from '@/lib/log';
import { startJobRunner, stopJobRunner } from '@/lib/jobs/server';

/**
 * The panel process's start and stop, and what the health route reports. Kept on globalThis: instrumentation.ts, the
 * health route and the server (scripts/server.mjs, on SIGTERM) are separate module graphs of one process.
 */
export interface PanelStatus {
  database: 'starting' | 'ok' | 'unavailable';
  jobs: 'starting' | 'running' | 'failed' | 'stopped';
  /** A sentence for the health route and the log when something is wrong (never a secret). */
  problem?: string;
}

const holder = globalThis as unknown as {
  __panelStatus?: PanelStatus;
  __panelDrain?: (graceMs: number) => Promise<void>;
};

export function panelStatus(): PanelStatus {
  return holder.__panelStatus ?? { database: 'starting', jobs: 'starting' };
}

const ATTEMPTS = 10;
const WAIT_MS = 1_000;

/**
 * At start: open the database (migrating it under a lock on PostgreSQL), then start the job runner. A database that is
 * still unavailable after ten tries (about ten seconds, during which the health route says so) stops the process with
 * a message: a panel that cannot keep its sessions and audit log must not serve.
 */
export async function startPanel(exit: (code: number) => void = (code) => process.exit(code)): Promise<void> {
  holder.__panelStatus = { database: 'starting', jobs: 'starting' };
  holder.__panelDrain = drainPanel;
  for (let attempt = 1; ; attempt++) {
    try {
      await getDatabase();
      break;
    } catch (error) {
      const problem = `The panel's database is unavailable (${error instanceof Error ? error.message : 'unknown error'}).`;
      holder.__panelStatus = { database: 'unavailable', jobs: 'starting', problem };
      if (attempt >= ATTEMPTS) {
        log('panel').fatal(errorFields(error), `${problem} Check DATABASE_URL (or DATA_DIR for the embedded database); stopping.`);
        exit(1);
        return;
      }
      log('panel').warn({ attempt, ...errorFields(error) }, 'database unavailable at start; trying again');
      await new Promise((r) => setTimeout(r, WAIT_MS));
    }
  }
  holder.__panelStatus = { database: 'ok', jobs: 'starting' };
  try {
    await startJobRunner();
    holder.__panelStatus = { database: 'ok', jobs: 'running' };
  } catch (error) {
    holder.__panelStatus = { database: 'ok', jobs: 'failed', problem: 'The bulk job runner did not start.' };
    log('jobs').error(errorFields(error), 'the job runner did not start');
  }
}

/** Graceful stop: no new job items, items in flight finish (or are handed back), then the database closes. */
export async function drainPanel(graceMs = 20_000): Promise<void> {
  const status = panelStatus();
  holder.__panelStatus = { ...status, jobs: 'stopped' };
  const drained = await stopJobRunner(graceMs).catch((error: unknown) => {
    log('jobs').error(errorFields(error), 'the job runner did not stop cleanly');
    return undefined;
  });
  if (drained) log('jobs').info(drained, 'job runner stopped');
  await closeDatabase().catch(() => undefined);
}
