/**
 * What a client asks right after login: version (no session), query-request-list (the requests this API key may
 * use) and the account's user properties (user-get-property / user-set-property). Joker's own reseller panel calls
 * all of them; none is in the seeds (lib/sandbox/README.md "Beyond the seeds" has the facts).
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { bodyLines, header } from '../parse';
import type { Transport } from '../transport';
import { READ, toWriteResult, WRITE, type WriteResult } from './common';

/**
 * DMAPI `version`: the server's interface version. Needs no session (the transport is called directly). The live
 * server puts it in a body line `Version: 1.2.53`; the `Version` header is the fallback. Not queued.
 */
export async function dmapiVersion(transport: Transport): Promise<string> {
  const reply = await transport.call('version', {}, READ);
  const line = bodyLines(reply.body).find((l) => /^version:/i.test(l.trim()));
  const version = line ? line.slice(line.indexOf(':') + 1).trim() : header(reply, 'Version');
  if (!version) throw new DmapiTransportError('version', 'truncated', 'version reply without a version');
  return version;
}

/**
 * DMAPI `query-request-list`: the request names this session's API key may use, one per line (the first word of a
 * line is the name). A request missing from it is refused by the server for this key. Not queued.
 */
export async function queryRequestList(client: DmapiClient): Promise<string[]> {
  const reply = await client.call('query-request-list', {}, READ);
  const names = bodyLines(reply.body).map((l) => l.trim().split(/\s+/)[0]?.toLowerCase() ?? '').filter((n) => n !== '');
  return [...new Set(names)];
}

const propertyName = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_.-]*$/, 'Enter a property name');

export const userGetPropertySchema = z.object({
  pname: z.union([z.literal('*'), propertyName]).optional(),
  ptype: z.enum(['*', 'property', 'feature']).optional(),
});
export type UserGetPropertyInput = z.input<typeof userGetPropertySchema>;

export interface UserProperties {
  /** Settable with user-set-property, e.g. `autorenew` (the default for new registrations and transfers). */
  property: Record<string, string>;
  /** Read-only facts of the account. */
  feature: Record<string, string>;
}

/**
 * DMAPI `user-get-property`: lines `user.<ptype>.<pname>: <value>`; `*` asks for all names or types (the default).
 * Lines of another shape are skipped. Not queued.
 */
export async function userGetProperty(client: DmapiClient, input: UserGetPropertyInput = {}): Promise<UserProperties> {
  const v = userGetPropertySchema.parse(input);
  const reply = await client.call('user-get-property', { pname: v.pname ?? '*', ptype: v.ptype ?? '*' }, READ);
  const out: UserProperties = { property: {}, feature: {} };
  for (const line of bodyLines(reply.body)) {
    const m = /^user\.(property|feature)\.([^:\s]+):\s?(.*)$/.exec(line.trim());
    if (m?.[1] && m[2]) out[m[1] as keyof UserProperties][m[2]] = m[3] ?? '';
  }
  return out;
}

export const userSetPropertySchema = z.object({
  pname: z.literal('autorenew'),
  pvalue: z.enum(['0', '1']),
});
export type UserSetPropertyInput = z.input<typeof userSetPropertySchema>;

/**
 * DMAPI `user-set-property`: set an account-wide property; `autorenew` is what register and transfer requests use
 * when they do not send `autorenew`. Takes effect at once; the reply may carry a Proc-ID for result-list.
 */
export async function userSetProperty(client: DmapiClient, input: UserSetPropertyInput): Promise<WriteResult> {
  const v = userSetPropertySchema.parse(input);
  return toWriteResult(await client.call('user-set-property', { pname: v.pname, pvalue: v.pvalue }, WRITE));
}
