'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { addNoteSchema, lookupKeySchema, recordAnswerSchema, resendVerificationSchema } from '@/lib/schemas/verification';
import { addNote } from '@/lib/verification/activity';
import { lookupKey, recordAnswer, resendMany } from '@/lib/verification/staff';

/**
 * The whois verification workspace. Resending and answering are writes at Joker (each DMAPI call gets its audit row,
 * the key redacted); the workspace's own history of each address is kept beside them (lib/verification/activity.ts).
 */
export const resendVerificationAction = createAction({
  name: 'resendVerificationAction',
  area: 'verification',
  operation: 'change',
  schema: resendVerificationSchema,
  fields: { email: 'emails' },
  handler: async ({ emails }, ctx) => {
    const outcomes = await resendMany(await getDb(), await ctx.client(), ctx.session, ctx.ip, emails);
    revalidatePath('/verification', 'layout');
    return { outcomes };
  },
});

/** What a key stands for (wa-email-details): a read, kept in the address's history but not in the audit log. */
export const lookupVerificationKeyAction = createAction({
  name: 'lookupVerificationKeyAction',
  area: 'verification',
  operation: 'view',
  schema: lookupKeySchema,
  fields: ['key'],
  handler: async ({ key }, ctx) => lookupKey(await getDb(), await ctx.client(), ctx.session, ctx.ip, key),
});

/** The answer an owner gives by phone (wa-email-verify), with who recorded it and why. */
export const recordVerificationAnswerAction = createAction({
  name: 'recordVerificationAnswerAction',
  area: 'verification',
  operation: 'change',
  schema: recordAnswerSchema,
  fields: ['key', 'answer'],
  handler: async (input, ctx) => {
    const recorded = await recordAnswer(await getDb(), await ctx.client(), ctx.session, ctx.ip, input);
    revalidatePath('/verification', 'layout');
    return recorded;
  },
});

/** A note on an owner e-mail address (panel-only). */
export const addVerificationNoteAction = createAction({
  name: 'addVerificationNoteAction',
  area: 'verification',
  operation: 'change',
  schema: addNoteSchema,
  audit: { request: 'panel:verification-note', object: (input) => input.email },
  handler: async ({ email, body }, ctx) => {
    const note = await addNote(await getDb(), ctx.session.uid, email, body, { name: ctx.session.actorName, fingerprint: ctx.session.actorFingerprint });
    revalidatePath('/verification', 'layout');
    return { id: note.id };
  },
});
