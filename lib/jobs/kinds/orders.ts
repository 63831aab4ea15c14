import { z } from 'zod';
import { contactHandle } from '@/lib/schemas/common';
import { defineKind } from './types';

/**
 * Register and transfer in: bulk kinds over names that are NOT in the portfolio yet. Their jobs are made from a list of
 * names by the register and transfer pages (lib/lifecycle/bulk-*.ts), not from a selection of the domain list, so they
 * have no menu entry; a portfolio row given to them is skipped (it is registered, and it is already here).
 */

const handle = contactHandle;
const nsList = z.array(z.string().trim().min(1).max(253)).min(1).max(13);

export const registerKind = defineKind({
  schema: z.object({
    kind: z.literal('register'),
    /** Months, as domain-register takes them. */
    period: z.number().int().min(12).max(120).multipleOf(12),
    ownerC: handle,
    adminC: handle,
    techC: handle,
    billingC: handle,
    nsList,
    privacy: z.enum(['none', 'basic', 'pro']),
    autorenew: z.boolean(),
  }),
  operation: 'order',
  menu: [],
  describe: (p) => `Register for ${p.period / 12} year${p.period > 12 ? 's' : ''}`,
  skip: () => 'Already registered: it is in your portfolio',
});

export const transferKind = defineKind({
  schema: z.object({
    kind: z.literal('transfer'),
    /** Absent: the name servers stay as they are. */
    nsList: nsList.optional(),
    privacy: z.enum(['none', 'basic', 'pro']),
    autorenew: z.boolean(),
    lock: z.boolean(),
  }),
  operation: 'order',
  menu: [],
  describe: () => 'Transfer in',
  skip: () => 'Already in your portfolio',
});
