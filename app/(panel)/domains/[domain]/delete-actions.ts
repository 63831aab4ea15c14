'use server';

import { createAction } from '@/lib/actions';
import { domainDelete } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { deleteRule } from '@/lib/lifecycle/delete-rule';
import { readDomainFacts } from '@/lib/lifecycle/domain-facts';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { deleteFormSchema } from '@/lib/schemas/domain-lifecycle';

/**
 * Delete a domain. Within 72 hours of registration a gTLD's fee is refunded; later Joker requires force=1, which is
 * sent only then and only when the person ticked it (the name typed in the confirmation is checked in the browser).
 * Queued.
 */
export const deleteDomainAction = createAction({
  name: 'deleteDomainAction',
  area: 'domains',
  operation: 'change',
  schema: deleteFormSchema,
  fields: ['domain', 'force'],
  handler: async ({ domain, force }, ctx) => {
    const client = await ctx.client();
    const facts = await readDomainFacts(client, domain);
    if (!facts) throw new ExpectedFailure(`${domain} is not in this account's portfolio (any more).`, { code: 'failed' });
    const rule = deleteRule(facts.created, facts.tld, Date.now());
    if (rule.needsForce && !force) {
      throw new ExpectedFailure('This domain was registered more than 72 hours ago: deleting it needs force, without refund.', {
        code: 'invalid',
        fieldErrors: { force: ['Tick this to delete without refund'] },
      });
    }
    const result = await domainDelete(client, { domain, force: rule.needsForce });
    invalidatePortfolio(ctx.session.uid, [domain]);
    return { procId: result.procId, warnings: result.warnings, refund: rule.refund };
  },
});
