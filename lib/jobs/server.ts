import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { errorFields, log } from '@/lib/log';
import { dmapiExecutor } from './dmapi-executor';
import { JobRunner } from './runner';

/**
 * The panel process's one job runner, started by instrumentation.ts when the server starts (so jobs resume after a
 * restart) and nudged when a job is created. Kept on globalThis so dev-mode reloads do not start a second one.
 */
const holder = globalThis as unknown as { __jobRunner?: Promise<JobRunner> };

export function startJobRunner(): Promise<JobRunner> {
  holder.__jobRunner ??= (async () => {
    const runner = new JobRunner({
      db: await getDb(),
      executor: dmapiExecutor,
      concurrency: env.JOB_CONCURRENCY,
      onError: (error) => log('jobs').error(errorFields(error), 'job runner error'),
    });
    runner.start();
    return runner;
  })().catch((error: unknown) => {
    holder.__jobRunner = undefined;
    throw error;
  });
  return holder.__jobRunner;
}

export async function kickJobRunner(): Promise<void> {
  (await startJobRunner()).kick();
}

/** Nudges the runner if this process has one; never starts it (a cancel needs no runner to take effect). */
export function nudgeJobRunner(): void {
  void holder.__jobRunner?.then((runner) => runner.kick()).catch(() => undefined);
}

/** Stops the runner (if one was started): see JobRunner.shutdown. */
export async function stopJobRunner(graceMs: number) {
  const started = holder.__jobRunner;
  if (!started) return undefined;
  holder.__jobRunner = undefined;
  return (await started).shutdown(graceMs);
}
