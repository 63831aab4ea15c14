/**
 * Field schemas for forms whose values come from inputs and selects (strings), written so that a schema accepts its
 * own output: the form hook sends the parsed values to the server action, which parses them again with the same
 * schema. Browser-safe.
 */
import { z } from 'zod';
import { parseNameservers } from '@/lib/lifecycle/nameservers';
import { contactHandle } from './common';

/** A whole number typed or picked as text, or already a number. */
export function wholeNumber(min: number, max: number, message: string) {
  return z
    .union([z.number(), z.string().trim().regex(/^\d+$/, message).transform(Number)], { error: message })
    .pipe(z.number({ error: message }).int(message).min(min, message).max(max, message));
}

/** Registration, renewal and privacy terms: whole years (the request itself sends months). */
export const yearsField = wholeNumber(1, 10, 'Choose 1 to 10 years');

/** An expiration year (domain-renew / domain-privacy-order `expyear`). */
export const expYearField = wholeNumber(2000, 2200, 'Enter a year such as 2030');

/** A contact handle that may be left empty (then the request does not send it). */
export const optionalHandle = z.union([z.literal(''), contactHandle]).optional();

/** A price the person saw and confirmed; 0 allowed (free transfers of some ccTLDs). */
export const confirmedAmount = z.number().nonnegative().optional();

/** Name servers typed one per line; checked with lib/lifecycle/nameservers (the handler parses them again). */
export const nameserverText = z.string().max(4000);

/** Adds each problem of a name server list to `path`. */
export function checkNameserverText(text: string, ctx: z.RefinementCtx, path: string): void {
  const { problems } = parseNameservers(text);
  if (problems.length > 0) ctx.addIssue({ code: 'custom', path: [path], message: problems.join('; ') });
}
