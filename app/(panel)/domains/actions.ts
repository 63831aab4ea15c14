'use server';

import { z } from 'zod';
import { ActionFailure, type ActionContext, createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { createBulkJob, planBulk } from '@/lib/jobs/create';
import { bulkRequestSchema } from '@/lib/jobs/request';
import { kickJobRunner } from '@/lib/jobs/server';
import { cancelJob } from '@/lib/jobs/store';
import { jobView } from '@/lib/jobs/queries';
import { describeJob } from '@/lib/jobs/kinds';
import type { BulkSummary } from '@/lib/jobs/summary';

/** The summary shown before a bulk action runs: what is sent, what is skipped and why, what it costs. */
export const previewBulkAction = createAction({
  name: 'previewBulkAction',
  area: 'domains',
  operation: 'view',
  schema: bulkRequestSchema,
  handler: async (input, ctx): Promise<BulkSummary> => {
    const { plan, rows } = await planBulk(await getDb(), ctx.session, await ctx.client(), input);
    return {
      title: describeJob(input.action),
      selected: rows.length,
      send: plan.send,
      skipped: plan.skipped,
      ...(plan.cost ? { cost: plan.cost } : {}),
      ...(plan.pattern ? { pattern: plan.pattern } : {}),
    };
  },
});

const changeRequestSchema = bulkRequestSchema.refine((v) => v.action.kind !== 'renew', 'Renewals go through startBulkRenewAction');
const renewRequestSchema = bulkRequestSchema.refine((v) => v.action.kind === 'renew', 'Only renewals');

async function start(input: z.infer<typeof bulkRequestSchema>, ctx: ActionContext) {
  const db = await getDb();
  const planned = await planBulk(db, ctx.session, await ctx.client(), input);
  if (planned.rows.length === 0) throw new ActionFailure('Nothing is selected (the list may have changed). Refresh and select again.');
  const jobId = await createBulkJob(db, ctx.session, input, planned);
  await kickJobRunner();
  return { jobId };
}

/** Lock, unlock, autorenew, privacy, name servers, contacts: changes without cost. */
export const startBulkJobAction = createAction({
  name: 'startBulkJobAction',
  area: 'domains',
  operation: 'change',
  schema: changeRequestSchema,
  audit: { request: 'panel:bulk-job', object: (v) => v.action.kind },
  handler: start,
});

/** Renewals cost money: the role and the API key must be allowed to order. */
export const startBulkRenewAction = createAction({
  name: 'startBulkRenewAction',
  area: 'domains',
  operation: 'order',
  schema: renewRequestSchema,
  audit: { request: 'panel:bulk-job', object: () => 'renew' },
  handler: start,
});

export const cancelBulkJobAction = createAction({
  name: 'cancelBulkJobAction',
  area: 'domains',
  operation: 'change',
  schema: z.object({ jobId: z.coerce.number().int().positive() }),
  audit: { request: 'panel:cancel-bulk-job', object: (v) => String(v.jobId) },
  handler: async ({ jobId }, ctx) => {
    const db = await getDb();
    // Scoped by account: a job id from another account is "not found", never cancelled.
    if (!(await jobView(db, ctx.session.uid, jobId))) throw new ActionFailure('That job does not exist.');
    if (!(await cancelJob(db, jobId))) throw new ActionFailure('The job has already finished.');
    return { jobId };
  },
});
