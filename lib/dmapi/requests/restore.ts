/**
 * domain-redeem: restore a domain from the redemption grace period (after deletion, before it is released). Not in
 * the seeds; Joker's older reference and its WHMCS module use it. The price is the price list's restore (`rgp`)
 * operation, or domain-check with check-price=restore.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { maxPrice } from '@/lib/schemas/common';
import { domainName } from '@/lib/schemas/domain';
import { toQueuedResult, WRITE, type QueuedResult } from './common';

export const domainRedeemSchema = z.object({
  domain: domainName,
  /** Required by Joker for premium names (their restore adds the premium renewal price). */
  maxPrice: maxPrice.optional(),
});
export type DomainRedeemInput = z.input<typeof domainRedeemSchema>;

/**
 * DMAPI `domain-redeem`. Queued (Proc-ID): follow it with result-list (`rtype=domain-r*` finds it) or
 * result-retrieve. Costs money; refused for a domain that is not in redemption. Never retried.
 */
export async function domainRedeem(client: DmapiClient, input: DomainRedeemInput): Promise<QueuedResult> {
  const v = domainRedeemSchema.parse(input);
  return toQueuedResult(await client.call('domain-redeem', { domain: v.domain, 'max-price': v.maxPrice }, WRITE));
}
