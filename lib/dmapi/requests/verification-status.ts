/**
 * wa-email-query-status: the whois verification state of one e-mail address. Not in the seeds; Joker's older
 * reference documents the four words, its reseller panel prints "<email> is <word>".
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { READ } from './common';

export const waEmailQueryStatusSchema = z.object({ email: z.string().trim().email() });
export type WaEmailQueryStatusInput = z.input<typeof waEmailQueryStatusSchema>;

/** `unverified` also stands for an address Joker has never seen. */
export const EMAIL_STATUSES = ['verified', 'unverified', 'pending', 'invalid'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** DMAPI `wa-email-query-status`: one word in the body. Not queued. */
export async function waEmailQueryStatus(client: DmapiClient, input: WaEmailQueryStatusInput): Promise<EmailStatus> {
  const v = waEmailQueryStatusSchema.parse(input);
  const reply = await client.call('wa-email-query-status', { email: v.email }, READ);
  const word = reply.body.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!(EMAIL_STATUSES as readonly string[]).includes(word)) {
    throw new DmapiTransportError('wa-email-query-status', 'not-dmapi', 'unexpected verification status');
  }
  return word as EmailStatus;
}
