/**
 * Rights and roles: grants-list, grants-invite, grants-revoke.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { bodyLines, cell } from '../parse';
import { email, jokerUserId } from '@/lib/schemas/common';
import { domainName } from '@/lib/schemas/domain';
import { grantRole } from '@/lib/schemas/grants';
import { READ, WRITE } from './common';

export { grantRole, type GrantRole } from '@/lib/schemas/grants';

export const grantsListSchema = z.object({ domain: domainName, showkey: z.boolean().optional() });
export type GrantsListInput = z.input<typeof grantsListSchema>;

export interface InvitationRow {
  type: 'invitation';
  nr: string;
  scope: string;
  /** Only with showkey=1; a secret: it lets anybody accept the invitation. */
  key?: string;
  domain: string;
  role: string;
  inviteeEmail: string | undefined;
  nickName: string | undefined;
}

export interface GrantRow {
  type: 'grant';
  nr: string;
  scope: string;
  domain: string;
  role: string;
  inviterUsername: string | undefined;
  inviteeUsername: string | undefined;
  inviteeUserId: string | undefined;
  inviteeEmail: string | undefined;
  nickName: string | undefined;
}

export type GrantsListRow = InvitationRow | GrantRow;

/**
 * Read one grants-list line. Layouts (DMAPI documentation, space-separated):
 *   invitation <nr> <scope> <key> domain <domain> <role> - - - <invitee-email> <nick-name>
 *   grant <nr> <scope> domain <domain> <role> <inviter> <invitee-username> <invitee-userid> <invitee-email> <nick-name>
 * The `<key>` cell may be absent without showkey, so fields are located from the literal `domain` token; the
 * nick-name is the rest of the line (it may hold blanks).
 */
export function parseGrantLine(line: string): GrantsListRow | undefined {
  const f = line.trim().split(/[ \t]+/);
  const kind = f[0];
  const at = f.indexOf('domain', 3);
  if ((kind !== 'invitation' && kind !== 'grant') || at < 0) return undefined;
  const after = f.slice(at + 1);
  const nick = after.slice(6).join(' ');
  const base = { nr: f[1] ?? '', scope: f[2] ?? '', domain: after[0] ?? '', role: after[1] ?? '' };
  if (kind === 'invitation') {
    const row: InvitationRow = { type: 'invitation', ...base, inviteeEmail: cell(after[5]), nickName: cell(nick) };
    const key = at > 3 ? cell(f[3]) : undefined;
    if (key) row.key = key;
    return row;
  }
  return {
    type: 'grant', ...base, inviterUsername: cell(after[2]), inviteeUsername: cell(after[3]), inviteeUserId: cell(after[4]),
    inviteeEmail: cell(after[5]), nickName: cell(nick),
  };
}

/** DMAPI `grants-list`: active grants and pending invitations of one domain. Not queued. */
export async function grantsList(client: DmapiClient, input: GrantsListInput): Promise<GrantsListRow[]> {
  const v = grantsListSchema.parse(input);
  const reply = await client.call('grants-list', { domain: v.domain, showkey: v.showkey }, READ);
  return bodyLines(reply.body).map(parseGrantLine).filter((r): r is GrantsListRow => r !== undefined);
}

export const grantsInviteSchema = z.object({
  domain: domainName,
  email,
  role: grantRole,
  /** With a client-uid matching the e-mail's account the role applies at once, without an invitation. */
  clientUid: jokerUserId.optional(),
  nickName: z.string().trim().max(255).optional(),
});
export type GrantsInviteInput = z.input<typeof grantsInviteSchema>;

export interface OkResult {
  ok: true;
  warnings: string[];
  trackingId?: string;
}

function okResult(request: string, reply: { body: string; warnings: string[]; trackingId?: string }): OkResult {
  // Success answers carry the body `ok`; anything else in a success body is a reply we do not understand.
  const body = reply.body.trim().toLowerCase();
  if (body !== '' && body !== 'ok') throw new DmapiTransportError(request, 'not-dmapi', 'unexpected body instead of ok');
  const out: OkResult = { ok: true, warnings: reply.warnings };
  if (reply.trackingId) out.trackingId = reply.trackingId;
  return out;
}

/**
 * DMAPI `grants-invite`: offer a role on a domain to an e-mail address (Joker sends the invitation with a key), or
 * with `client-uid` apply it at once. `@creator` moves the domain into the receiver's portfolio. Not queued; body `ok`.
 */
export async function grantsInvite(client: DmapiClient, input: GrantsInviteInput): Promise<OkResult> {
  const v = grantsInviteSchema.parse(input);
  const reply = await client.call(
    'grants-invite',
    { domain: v.domain, email: v.email, role: v.role, 'client-uid': v.clientUid, 'nick-name': v.nickName },
    WRITE,
  );
  return okResult('grants-invite', reply);
}

export const grantsRevokeSchema = z.object({
  domain: domainName,
  role: grantRole,
  scope: z.string().trim().min(1),
  type: z.enum(['grant', 'invitation']),
});
export type GrantsRevokeInput = z.input<typeof grantsRevokeSchema>;

/** DMAPI `grants-revoke`: remove a grant or a pending invitation (scope from grants-list). Not queued; body `ok`. */
export async function grantsRevoke(client: DmapiClient, input: GrantsRevokeInput): Promise<OkResult> {
  const v = grantsRevokeSchema.parse(input);
  const reply = await client.call('grants-revoke', { domain: v.domain, role: v.role, scope: v.scope, type: v.type }, WRITE);
  return okResult('grants-revoke', reply);
}
