/**
 * Next's start hook: in the Node runtime, open the database and start the bulk job runner (lib/lifecycle.ts), so that
 * jobs left running by a stopped or crashed panel process resume (their `sent` items are resolved from result-list,
 * never sent again). Not awaited: the health route reports the start's progress, and a database that stays
 * unavailable stops the process with a message.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startPanel } = await import('@/lib/lifecycle');
  void startPanel();
}
