/**
 * /v2/contact/create: contact-create outside /request/ that answers at once with the new handle (body
 * `handle: <HANDLE>`), usable straight away in domain-register. Joker's WHMCS module replaced "contact-create, then
 * poll result-retrieve" by it. Same session and fields as contact-create.
 */
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { parseKeyValues } from '../parse';
import { WRITE, type WriteResult } from './common';
import { contactParams } from '@/lib/contacts/validate';
import { contactCreateSchema } from '@/lib/schemas/contact';
import type { ContactCreateInput } from './contacts';

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
