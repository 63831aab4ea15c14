import { z } from 'zod';
import { createRoute } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { jobItemPage, jobView } from '@/lib/jobs/queries';

export const dynamic = 'force-dynamic';

/** A bulk job's progress and a page of its items, polled by the job page while the job runs. */
export const GET = createRoute({
  name: 'jobProgressRoute',
  area: 'domains',
  query: z.object({
    state: z.enum(['pending', 'running', 'sent', 'done', 'failed', 'skipped']).optional(),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  params: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ query, params }, ctx) => {
    const db = await getDb();
    const job = await jobView(db, ctx.session.uid, params.id);
    if (!job) return { job: null, items: [] };
    return { job, items: await jobItemPage(db, job.id, query.state, query.offset) };
  },
});
