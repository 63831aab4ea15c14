/**
 * Whois (owner e-mail) verification and change-of-registrant confirmation: wa-email-list, wa-email-details,
 * wa-email-validate, wa-email-verify, cor-verify. The keys are secrets: they are redacted from errors and logs.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { cell, header, parseTable } from '../parse';
import { confirmationKey, email } from '@/lib/schemas/common';
import { READ, WRITE } from './common';

export interface PendingVerification {
  email: string;
  domain: string;
  /** If not verified by then, the domain may be deactivated. */
  deadline: Date | undefined;
}

/** DMAPI `wa-email-list`: owner e-mails pending verification, TAB rows `email domain deadline`. Not queued. */
export async function waEmailList(client: DmapiClient): Promise<PendingVerification[]> {
  const reply = await client.call('wa-email-list', {}, READ);
  return parseTable(reply).rows.map((f) => ({ email: f[0] ?? '', domain: f[1] ?? '', deadline: parseDmapiDate(f[2]) }));
}

const key = confirmationKey;
export const waEmailDetailsSchema = z.object({ key });

export interface VerificationDetail {
  /** `verification` when the key is valid. */
  status: string;
  email: string;
  domain: string | undefined;
}

/** DMAPI `wa-email-details`: status, e-mail and one line per domain for a verification key. Not queued. */
export async function waEmailDetails(client: DmapiClient, input: z.input<typeof waEmailDetailsSchema>): Promise<VerificationDetail[]> {
  const v = waEmailDetailsSchema.parse(input);
  const reply = await client.call('wa-email-details', { key: v.key }, READ);
  return parseTable(reply).rows.map((f) => ({ status: f[0] ?? '', email: f[1] ?? '', domain: cell(f[2]) }));
}

/** `Result: ACK|NACK`, the special header of the wa-* and cor-verify requests (not sent on login or zones). */
export interface AckResult {
  accepted: boolean;
  result: 'ACK' | 'NACK' | undefined;
  warnings: string[];
}

function ack(reply: { headers: Record<string, string[]>; body: string; warnings: string[] }): AckResult {
  const raw = header(reply, 'Result')?.toUpperCase();
  const result = raw === 'ACK' || raw === 'NACK' ? raw : undefined;
  return { accepted: result === 'ACK', result, warnings: reply.warnings };
}

export const waEmailValidateSchema = z.object({ email });

/**
 * DMAPI `wa-email-validate`: send the verification e-mail again (same key). Not queued. `Result: NACK` when the
 * address is not pending or already verified.
 */
export async function waEmailValidate(client: DmapiClient, input: z.input<typeof waEmailValidateSchema>): Promise<AckResult> {
  const v = waEmailValidateSchema.parse(input);
  return ack(await client.call('wa-email-validate', { email: v.email }, WRITE));
}

export const answerSchema = z.object({ key, answer: z.enum(['yes', 'no']) });
export type AnswerInput = z.input<typeof answerSchema>;

/**
 * DMAPI `wa-email-verify`: record the owner's answer for a verification key (yes: verified, no: invalid).
 * Not queued. `Result: NACK` for a wrong key.
 */
export async function waEmailVerify(client: DmapiClient, input: AnswerInput): Promise<AckResult> {
  const v = answerSchema.parse(input);
  return ack(await client.call('wa-email-verify', { key: v.key, answer: v.answer }, WRITE));
}

/**
 * DMAPI `cor-verify`: confirm (yes) or refuse (no) a change of registrant with its authorization key. Not queued.
 * `Result: NACK` when the key does not match the transaction.
 */
export async function corVerify(client: DmapiClient, input: AnswerInput): Promise<AckResult> {
  const v = answerSchema.parse(input);
  return ack(await client.call('cor-verify', { key: v.key, answer: v.answer }, WRITE));
}
