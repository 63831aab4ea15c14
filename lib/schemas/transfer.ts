/** Transfer in (one domain, or a CSV list as a bulk job) and the transfer controls, shared by forms and actions. */
import { z } from 'zod';
import { formatCount } from '@/lib/format';
import { tldOf } from '@/lib/net/suffix';
import { contactHandle } from './common';
import { domainName } from './domain';
import { checkNameserverText, confirmedAmount, nameserverText, optionalHandle } from './form-fields';
import { privacyChoice } from './register';

/** Keep the name servers the domain has (ns-list not sent), Joker's, or a list of your own. */
export const transferNameserverMode = z.enum(['keep', 'joker', 'own']);

const transferOptions = {
  nsMode: transferNameserverMode,
  nsText: nameserverText,
  privacy: privacyChoice,
  autorenew: z.boolean(),
  /** status=lock after the transfer (the DMAPI's `status`). */
  lock: z.boolean(),
};

const withNameservers = <T extends { nsMode: 'keep' | 'joker' | 'own'; nsText: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.nsMode === 'own') checkNameserverText(v.nsText, ctx, 'nsText');
};

export const transferInSchema = z
  .object({
    domain: domainName,
    /** A secret: never kept in form state after a failure, redacted from logs and the audit log. */
    transferAuthId: z.string().trim().max(255),
    ownerC: contactHandle,
    adminC: optionalHandle,
    techC: optionalHandle,
    billingC: optionalHandle,
    ...transferOptions,
    confirmedTotal: confirmedAmount,
    maxPrice: z.number().positive().optional(),
  })
  .superRefine((v, ctx) => {
    withNameservers(v, ctx);
    if (v.transferAuthId === '' && tldOf(v.domain) !== 'eu') {
      ctx.addIssue({ code: 'custom', path: ['transferAuthId'], message: 'Enter the auth-id from the current registrar (every TLD but .eu needs one)' });
    } else if (/\s/.test(v.transferAuthId)) {
      ctx.addIssue({ code: 'custom', path: ['transferAuthId'], message: 'The auth-id has no blanks' });
    }
  });
export type TransferInInput = z.input<typeof transferInSchema>;

/**
 * A CSV list `domain,auth-id[,owner-c,admin-c,tech-c,billing-c]`; the handles given here are used for rows that name
 * none. The field name keeps the text (auth-ids) out of the audit log and of form state (lib/actions audit rules).
 */
/** A bulk transfer list: at most this many characters and lines (one job; larger lists are split into several). */
export const TRANSFER_LIST_MAX_CHARS = 200_000;
export const TRANSFER_LIST_MAX_LINES = 5_000;
/** The limit in words, for the schema and for a file refused before it is read. */
export const TRANSFER_LIST_LIMIT = `at most ${formatCount(TRANSFER_LIST_MAX_LINES)} lines (${formatCount(TRANSFER_LIST_MAX_CHARS)} characters) per bulk transfer. Split it into several lists.`;
const TOO_LONG = `The list is too long: ${TRANSFER_LIST_LIMIT}`;

export const bulkTransferSchema = z
  .object({
    authIdCsv: z
      .string()
      .trim()
      .min(1, 'Paste or upload the list')
      .max(TRANSFER_LIST_MAX_CHARS, TOO_LONG)
      .refine((v) => v.split('\n').filter((l) => l.trim() !== '').length <= TRANSFER_LIST_MAX_LINES, TOO_LONG),
    ownerC: optionalHandle,
    adminC: optionalHandle,
    techC: optionalHandle,
    billingC: optionalHandle,
    ...transferOptions,
    confirmedTotal: confirmedAmount,
  })
  .superRefine(withNameservers);
export type BulkTransferInput = z.input<typeof bulkTransferSchema>;

export const transferControlSchema = z.object({ domain: domainName });
export type TransferControlInput = z.input<typeof transferControlSchema>;
