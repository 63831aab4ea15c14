/**
 * /v2/contact/create: contact-create outside /request/ that answers at once with the new handle (body
 * `handle: <HANDLE>`), usable straight away in domain-register. Joker's WHMCS module replaced "contact-create, then
 * poll result-retrieve" by it. Same session and fields as contact-create.
 */
import 'server-only';
import type { DmapiClient } from '../client';
import { DmapiError, DmapiTransportError } from '../errors';
import { parseKeyValues } from '../parse';
import { WRITE, type WriteResult } from './common';
import { contactParams } from '@/lib/contacts/validate';
import { contactCreateSchema } from '@/lib/schemas/contact';
import { contactCreate, type ContactCreateInput } from './contacts';

export interface V2ContactCreateResult extends WriteResult {
  handle: string;
}

/** DMAPI `/v2/contact/create`. Synchronous (no Proc-ID to follow); never retried. */
export async function v2ContactCreate(client: DmapiClient, input: ContactCreateInput): Promise<V2ContactCreateResult> {
  const { tld, fields } = contactCreateSchema.parse(input);
  const reply = await client.call('v2/contact/create', { tld, ...contactParams(fields, 'create') }, { ...WRITE, root: true });
  const handle = parseKeyValues(reply.body)['handle']?.[0];
  if (!handle) throw new DmapiTransportError('v2/contact/create', 'truncated', 'contact created without a handle in the reply');
  const out: V2ContactCreateResult = { handle, warnings: reply.warnings };
  if (reply.trackingId) out.trackingId = reply.trackingId;
  return out;
}

/** A new contact: its handle at once (/v2/contact/create), or the Proc-ID of a contact-create to follow to it. */
export type NewContact = { handle: string; procId?: undefined; warnings: string[] } | { handle?: string; procId: string; warnings: string[] };

/**
 * Only a server that surely did nothing lets the classic request follow: the command is unknown (2101) or the path is
 * not there (HTTP 404). A timeout or a cut reply may have created the contact, so it is never followed by a second try.
 */
function v2Unavailable(error: unknown): boolean {
  if (error instanceof DmapiError) return error.statusCode === 2101;
  return error instanceof DmapiTransportError && error.kind === 'http' && error.httpStatus === 404;
}

/**
 * Creates a contact the way a form wants it: /v2/contact/create first (the handle comes back at once); where the
 * DMAPI does not offer it, `contact-create`, whose Proc-ID the caller follows to the handle (result-list's object).
 */
export async function createContactPreferV2(client: DmapiClient, input: ContactCreateInput): Promise<NewContact> {
  try {
    const created = await v2ContactCreate(client, input);
    return { handle: created.handle, warnings: created.warnings };
  } catch (error) {
    if (!v2Unavailable(error)) throw error;
  }
  const classic = await contactCreate(client, input);
  if (classic.procId) return { procId: classic.procId, warnings: classic.warnings, ...(classic.handle ? { handle: classic.handle } : {}) };
  if (classic.handle) return { handle: classic.handle, warnings: classic.warnings };
  throw new DmapiTransportError('contact-create', 'truncated', 'contact-create accepted without a handle or Proc-ID');
}
