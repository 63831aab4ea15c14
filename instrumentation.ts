/**
 * Next's start hook: in the Node runtime, start the bulk job runner, so that jobs left running by a stopped or
 * crashed panel process resume (their `sent` items are resolved from result-list, never sent again).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobRunner } = await import('@/lib/jobs/server');
  const { errorFields, log } = await import('@/lib/log');
  await startJobRunner().catch((error: unknown) => log('jobs').error(errorFields(error), 'the job runner did not start'));
}
