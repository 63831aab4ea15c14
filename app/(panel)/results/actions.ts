'use server';

import { createAction } from '@/lib/actions';
import { writeAudit } from '@/lib/actions/audit';
import { getDb } from '@/lib/db';
import { resultDelete } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { failureText } from '@/lib/failure';
import { retrieveAuthId } from '@/lib/results/detail';
import { revealPermission } from '@/lib/results/permissions';
import { deleteResultsSchema, revealAuthIdSchema } from '@/lib/schemas/results';

/** At most this many result-delete requests at once: fast enough for 200, gentle on the DMAPI. */
const PARALLEL = 4;

/**
 * Delete the stored replies of finished requests (result-delete, one per Proc-ID; Joker keeps their status). Each
 * delete is its own DMAPI write with its own audit row; one refused (still in progress, unknown) does not stop the
 * others, and the answer says which were deleted and why the rest were not.
 */
export const deleteResultsAction = createAction({
  name: 'deleteResultsAction',
  area: 'results',
  operation: 'change',
  schema: deleteResultsSchema,
  handler: async ({ procIds }, ctx) => {
    const client = await ctx.client();
    const queue = [...new Set(procIds)];
    const deleted: string[] = [];
    const failed: { procId: string; error: string }[] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          await resultDelete(client, { procId: id });
          deleted.push(id);
        } catch (error) {
          failed.push({ procId: id, error: failureText(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (deleted.length === 0) {
      throw new ExpectedFailure(
        failed.length === 1 ? `The reply of Proc-ID ${failed[0]?.procId} was not deleted: ${failed[0]?.error}` : `None of the ${failed.length} replies was deleted: ${failed[0]?.error}`,
        { next: 'A request still in progress cannot be deleted; wait for Joker’s answer first.' },
      );
    }
    const order = new Map(procIds.map((id, i) => [id, i]));
    deleted.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { deleted, failed };
  },
});

/**
 * Show the transfer auth-id a domain-transfer-get-auth-id reply carries. The inbox and the detail view only ever send
 * it masked; this reveal is allowed to users who may change domains and is written to the audit log (without the
 * auth-id itself).
 */
export const revealAuthIdAction = createAction({
  name: 'revealAuthIdAction',
  area: 'results',
  operation: 'view',
  schema: revealAuthIdSchema,
  handler: async ({ procId }, ctx) => {
    const allowed = revealPermission(ctx.session);
    if (!allowed.allowed) throw new ExpectedFailure(allowed.reason, { code: 'forbidden' });
    const { authId, domain } = await retrieveAuthId(await ctx.client(), procId);
    if (!authId) throw new ExpectedFailure(`The reply of Proc-ID ${procId} carries no auth-id (any more).`, { next: 'Request a new auth-id on the domain page.' });
    await writeAudit(await getDb(), {
      session: ctx.session,
      ip: ctx.ip,
      action: 'revealAuthIdAction',
      request: 'result-retrieve',
      object: domain ?? null,
      params: { 'proc-id': procId, revealed: 'auth-id' },
      outcome: 'ok',
    });
    return { authId };
  },
});
