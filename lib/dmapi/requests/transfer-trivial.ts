/**
 * domain-transfer-in, the deprecated "trivial" transfer: only the billing contact is given, the registry's contacts
 * are taken over. Not in the seeds; Joker's older reference, its reseller panel and the m247 client use it.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { contactHandle, maxPrice } from '@/lib/schemas/common';
import { domainName, privacyLevel } from '@/lib/schemas/domain';
import { toQueuedResult, WRITE, type QueuedResult } from './common';

export const domainTransferInTrivialSchema = z
  .object({
    domain: domainName,
    /** Required for all TLDs except .eu. */
    transferAuthId: z.string().min(1).max(255).optional(),
    billingC: contactHandle,
    /** Where the transfer confirmation (FOA) is mailed. */
    ownerEmail: z.string().trim().email().optional(),
    autorenew: z.boolean().optional(),
    privacy: privacyLevel.optional(),
    maxPrice: maxPrice.optional(),
  })
  .refine((v) => v.transferAuthId !== undefined || v.domain.endsWith('.eu'), 'The Auth-ID is required (except for .eu)');
export type DomainTransferInTrivialInput = z.input<typeof domainTransferInTrivialSchema>;

/**
 * DMAPI `domain-transfer-in`. Queued (Proc-ID; result-list names it `domain-transfer-in`). `transfer-auth-id` is a
 * secret, redacted from errors and logs. Costs money; never retried.
 */
export async function domainTransferIn(client: DmapiClient, input: DomainTransferInTrivialInput): Promise<QueuedResult> {
  const v = domainTransferInTrivialSchema.parse(input);
  const reply = await client.call(
    'domain-transfer-in',
    {
      domain: v.domain, 'transfer-auth-id': v.transferAuthId, 'billing-c': v.billingC, 'owner-email': v.ownerEmail,
      autorenew: v.autorenew, privacy: v.privacy, 'max-price': v.maxPrice,
    },
    WRITE,
  );
  return toQueuedResult(reply);
}
