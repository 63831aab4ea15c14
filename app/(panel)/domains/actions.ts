'use server';

import { z } from 'zod';
import { type ActionContext, createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { ExpectedFailure } from '@/lib/failure';
import { createBulkJob, planBulk } from '@/lib/jobs/create';
import { describeJob, jobParamsSchema, KINDS } from '@/lib/jobs/kinds';
import { cancelPermission } from '@/lib/jobs/permissions';
import { jobOfAccount, retryableFailures } from '@/lib/jobs/queries';
import { bulkRequestSchema } from '@/lib/jobs/request';
import { RETRIED_ELSEWHERE } from '@/lib/jobs/retry-where';
import { kickJobRunner, nudgeJobRunner } from '@/lib/jobs/server';
import { cancelJob } from '@/lib/jobs/job-state';
import type { BulkSummary } from '@/lib/jobs/summary';

/** The summary shown before a bulk action runs: what is sent, what is skipped and why, what it costs. */
export const previewBulkAction = createAction({
  name: 'previewBulkAction',
  area: 'domains',
  operation: 'view',
  schema: bulkRequestSchema,
  handler: async (input, ctx): Promise<BulkSummary> => {
    const { plan, rows, notes } = await planBulk(await getDb(), ctx.session, await ctx.client(), input);
    return {
      title: describeJob(input.action),
      selected: rows.length,
      send: plan.send,
      skipped: plan.skipped,
      ...(plan.cost ? { cost: plan.cost } : {}),
      ...(plan.pattern ? { pattern: plan.pattern } : {}),
      ...(notes ? { notes } : {}),
    };
  },
});

// Each kind declares in the registry whether it costs money; the two start actions check the matching permission.
const changeRequestSchema = bulkRequestSchema.refine((v) => KINDS[v.action.kind].operation === 'change', 'This action costs money: use startBulkOrderAction');
const orderRequestSchema = bulkRequestSchema.refine((v) => KINDS[v.action.kind].operation === 'order', 'Only actions that cost money');

async function start(input: z.infer<typeof bulkRequestSchema>, ctx: ActionContext) {
  const db = await getDb();
  const planned = await planBulk(db, ctx.session, await ctx.client(), input);
  if (planned.rows.length === 0) throw new ExpectedFailure('Nothing is selected (the list may have changed). Refresh and select again.');
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
export const startBulkOrderAction = createAction({
  name: 'startBulkOrderAction',
  area: 'domains',
  operation: 'order',
  schema: orderRequestSchema,
  audit: { request: 'panel:bulk-job', object: (v) => v.action.kind },
  handler: start,
});

const cancelSchema = z.object({ jobId: z.coerce.number().int().positive() });

/** Cancelling needs what starting the job's kind needs (and, for staff, that the job is their own). */
function cancelHandler(operation: 'change' | 'order') {
  return async ({ jobId }: z.infer<typeof cancelSchema>, ctx: ActionContext) => {
    const db = await getDb();
    // Scoped by account: a job id from another account is "not found", never cancelled.
    const job = await jobOfAccount(db, ctx.session.uid, jobId);
    if (!job) throw new ExpectedFailure('That job does not exist.');
    if (KINDS[job.kind as keyof typeof KINDS]?.operation !== operation) {
      throw new ExpectedFailure(operation === 'order' ? 'This job costs nothing: use cancelBulkJobAction.' : 'This job costs money: use cancelBulkOrderAction.');
    }
    const allowed = cancelPermission(ctx.session, job);
    if (!allowed.allowed) throw new ExpectedFailure(allowed.reason, { code: 'forbidden' });
    if (!(await cancelJob(db, jobId, `Cancelled by ${ctx.session.actorName} before it was sent`))) throw new ExpectedFailure('The job has already finished.');
    // The runner notes the cancelled job's finish time at once rather than at its next heartbeat.
    nudgeJobRunner();
    return { jobId };
  };
}

/** Cancel a job that costs nothing (lock, autorenew, …). */
export const cancelBulkJobAction = createAction({
  name: 'cancelBulkJobAction',
  area: 'domains',
  operation: 'change',
  schema: cancelSchema,
  audit: { request: 'panel:cancel-bulk-job', object: (v) => String(v.jobId) },
  handler: cancelHandler('change'),
});

/** Cancel a job that costs money (renew): billing staff may cancel their own renewals. */
export const cancelBulkOrderAction = createAction({
  name: 'cancelBulkOrderAction',
  area: 'domains',
  operation: 'order',
  schema: cancelSchema,
  audit: { request: 'panel:cancel-bulk-job', object: (v) => String(v.jobId) },
  handler: cancelHandler('order'),
});


/**
 * "Retry failed items": the finished job's action and its failed domains, for the same summary and confirmation as
 * any bulk action (prices are quoted again; nothing is sent from here). Items whose outcome is unknown are counted,
 * not offered: they may have been carried out.
 */
export const retryFailedItemsAction = createAction({
  name: 'retryFailedItemsAction',
  area: 'domains',
  operation: 'view',
  schema: cancelSchema,
  handler: async ({ jobId }, ctx) => {
    const db = await getDb();
    const job = await jobOfAccount(db, ctx.session.uid, jobId);
    if (!job) throw new ExpectedFailure('That job does not exist.');
    if (job.state !== 'done' && job.state !== 'cancelled') throw new ExpectedFailure('The job is still running: wait until it has finished.');
    const action = jobParamsSchema.safeParse((job.params as { action?: unknown }).action);
    if (!action.success) throw new ExpectedFailure('This job cannot be repeated.');
    // The summary re-plans from the portfolio and the action alone: jobs whose items carry more than that (names not
    // yet in the portfolio, per-name auth-ids, zone versions from a preview) start again where they were made.
    const elsewhere = RETRIED_ELSEWHERE[action.data.kind];
    if (elsewhere) throw new ExpectedFailure(`Failed items of this job are sent again from ${elsewhere.where} (${elsewhere.why}).`);
    const { domains, unknown } = await retryableFailures(db, jobId);
    // One bulk request names at most 5,000 domains (selectionSchema): the rest come with the next retry.
    return { action: action.data, domains: domains.slice(0, 5000), unknown, later: Math.max(0, domains.length - 5000) };
  },
});
