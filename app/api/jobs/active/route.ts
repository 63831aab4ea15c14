import { z } from 'zod';
import { createRoute } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { activeJobsOfSession } from '@/lib/jobs/queries';

export const dynamic = 'force-dynamic';

/** The signed-in session's running bulk jobs with their progress, for the sign-out control's warning. */
export const GET = createRoute({
  name: 'activeJobsRoute',
  area: 'domains',
  query: z.object({}),
  handler: async (_input, ctx) => {
    const jobs = await activeJobsOfSession(await getDb(), ctx.session.id);
    return {
      jobs: jobs.map((j) => ({
        id: j.id,
        title: j.title,
        finished: j.counts.done + j.counts.failed + j.counts.skipped,
        total: j.counts.total,
      })),
    };
  },
});
