'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAction } from '@/lib/actions';
import { designateServiceCredential, removeServiceCredential } from '@/lib/auth/service-credential';
import { getDb } from '@/lib/db';
import { publicIdentitySchema, serviceCredentialSchema } from '@/lib/schemas/verification';
import { saveIdentity } from '@/lib/verification/identity';

/** Owner: the name and logo the public landing pages show (the logo is fetched now and kept as a copy). */
export const savePublicIdentityAction = createAction({
  name: 'savePublicIdentityAction',
  area: 'team',
  operation: 'change',
  schema: publicIdentitySchema,
  audit: { request: 'panel:public-identity', object: (input) => input.name },
  handler: async (input, ctx) => {
    const saved = await saveIdentity(await getDb(), input, ctx.session.actorName);
    revalidatePath('/settings');
    return { name: saved.name, logo: saved.logo ? { type: saved.logo.type, bytes: saved.logo.bytes } : null };
  },
});

/** Owner: designate the API key the public pages use (checked with a DMAPI login; stored sealed; never shown back). */
export const designateServiceCredentialAction = createAction({
  name: 'designateServiceCredentialAction',
  area: 'team',
  operation: 'change',
  schema: serviceCredentialSchema,
  audit: { request: 'panel:service-credential' },
  handler: async ({ apiKey }, ctx) => {
    const info = await designateServiceCredential(await getDb(), ctx.session, apiKey);
    revalidatePath('/settings');
    return info.configured ? { userLogin: info.userLogin, userAccess: info.userAccess } : null;
  },
});

/** Owner: remove the service credential; the public pages then say they are not available. */
export const removeServiceCredentialAction = createAction({
  name: 'removeServiceCredentialAction',
  area: 'team',
  operation: 'change',
  schema: z.object({}),
  audit: { request: 'panel:service-credential-remove' },
  handler: async () => {
    await removeServiceCredential(await getDb());
    revalidatePath('/settings');
    return null;
  },
});
