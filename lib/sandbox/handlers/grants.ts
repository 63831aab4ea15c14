/**
 * Rights and roles (seeds 003/004): grants-list, grants-invite, grants-revoke.
 * - grants-invite: with `client-uid` matching the invitee's account and e-mail "the role is applied immediately";
 *   otherwise an invitation mail with "a link and a key" (outbox) that the invitee accepts through the link
 *   (grants-accept.ts serves it). `@creator` "is an equivalent to an internal transfer": the domain moves to the
 *   receiving account's portfolio. Body `ok` (docs/dmapi-notes.md, "Lists"), not queued.
 * - grants-list: 12 space-separated fields under a `Columns` header (Joker's reseller panel reads the list by those
 *   names), `<key>` present in both line types (Joker's older reference; `-` for grants and without showkey=1),
 *   records numbered from 0, the nick-name last (it may hold blanks):
 *   `invitation <nr> <scope> <key> domain <domain> <role> - - - <invitee-email> <nick-name>` and
 *   `grant <nr> <scope> - domain <domain> <role> <inviter> <invitee-username> <invitee-userid> <invitee-email> <nick-name>`.
 *   The 5th column's name is not known from any client; the sandbox calls it `object_type`.
 * - grants-revoke: domain, role, scope (from grants-list) and type grant|invitation; body `ok`; the invitee is told.
 * Only the domain's holder (or a @creator) manages its grants. What each role may do is enforced by domainFor.
 */
import { DAY } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { addOutboxMail } from '../outbox';
import { nextId } from '../state/store';
import type { Account, GrantRole, Invitation, SandboxState } from '../state/types';
import { linesBody } from '../wire/reply';

export const GRANTS_LIST_COLUMNS = 'type,number,scope,key,object_type,object_name,role,inviter_login,invited_login,invited_uid,invitee_email,nickname';

export const ROLES: readonly GrantRole[] = ['@admin', '@billing', '@tech', '@creator'];
export const INVITATION_DAYS = 14;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Gives `account` the role on `domain` (grants-invite with client-uid, or an accepted invitation). */
export function applyRole(state: SandboxState, now: number, domain: string, role: GrantRole, account: Account, nickname: string, grantedByUid: string): void {
  const d = state.domains.get(domain);
  if (!d) throw new DmapiError('notExists', `domain: ${domain} does not exist`);
  if (role === '@creator') {
    // "the domain is assigned to the receiving account's portfolio, including all rights and permissions"
    d.uid = account.uid;
    const zone = state.zones[domain];
    if (zone) zone.uid = account.uid;
    state.grants = state.grants.filter((g) => g.domain !== domain);
    state.invitations.forEach((i) => {
      if (i.domain === domain && i.status === 'open') i.status = 'revoked';
    });
    return;
  }
  if (state.grants.some((g) => g.domain === domain && g.clientUid === account.uid && g.role === role)) {
    throw new DmapiError('exists', `role: ${account.login} already holds ${role} on ${domain}`);
  }
  state.grants.push({ id: `g${nextId(state, 'idSeq')}`, domain, role, clientUid: account.uid, clientLogin: account.login, nickname, grantedByUid, createdAt: now });
}

function parseRole(raw: string): GrantRole {
  const role = (raw.startsWith('@') ? raw : `@${raw}`).toLowerCase() as GrantRole;
  if (!ROLES.includes(role)) throw new DmapiError('syntax', `role: must be one of ${ROLES.join(', ')}`);
  return role;
}

export function openInvitation(i: Invitation, now: number): boolean {
  return i.status === 'open' && i.expiresAt > now;
}

registerHandler('grants-list', 'read', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'));
  const showKey = ctx.params.flag('showkey');
  const lines: string[] = [];
  let nr = 0;
  for (const i of ctx.state.invitations) {
    if (i.domain !== d.name || !openInvitation(i, ctx.now)) continue;
    lines.push(`invitation ${nr++} ${i.id} ${showKey ? i.key : '-'} domain ${d.name} ${i.role} - - - ${i.email} ${i.nickname || '-'}`);
  }
  for (const g of ctx.state.grants) {
    if (g.domain !== d.name) continue;
    const inviter = ctx.state.accounts[g.grantedByUid]?.login ?? '-';
    lines.push(`grant ${nr++} ${g.id} - domain ${d.name} ${g.role} ${inviter} ${g.clientLogin} ${g.clientUid} ${g.clientLogin} ${g.nickname || '-'}`);
  }
  return ctx.ok({ headers: [['Columns', GRANTS_LIST_COLUMNS]], body: linesBody(lines) });
});

registerHandler('grants-invite', 'modify', (ctx) => {
  const p = ctx.params;
  const missing = ['domain', 'email', 'role'].filter((f) => p.text(f) === undefined);
  if (missing.length) throw new DmapiError('missing', missing.map((f) => `${f}: missing required parameter`));
  const d = ctx.domainFor(ctx.require('domain'));
  const email = ctx.requireMatching('email', EMAIL, 'an e-mail address').toLowerCase();
  const role = parseRole(ctx.require('role'));
  // `nick-name` in the seeds, `nickname` in Joker's reseller panel and older reference: both accepted.
  const nickname = (p.text('nick-name') ?? p.text('nickname') ?? email).replace(/\s+/g, ' ');
  const clientUid = ctx.optionalMatching('client-uid', /^\d+$/, 'a numeric Joker.com user id');
  if (clientUid !== undefined) {
    const invitee = ctx.state.accounts[clientUid];
    if (!invitee) throw new DmapiError('notExists', `client-uid: no Joker.com user ${clientUid}`);
    if (invitee.login.toLowerCase() !== email) throw new DmapiError('policy', `client-uid: user ${clientUid} does not match the e-mail address ${email}`);
    if (invitee.uid === d.uid) throw new DmapiError('policy', `client-uid: ${email} already holds ${d.name}`);
    applyRole(ctx.state, ctx.now, d.name, role, invitee, nickname, ctx.account.uid);
    addOutboxMail(ctx.state, ctx.now, { to: email, kind: 'notice', domain: d.name, subject: `You now hold the role ${role} on ${d.name}`, body: `${ctx.account.login} gave your Joker.com account ${clientUid} the role ${role} on ${d.name}.` });
    return ctx.ok({ body: linesBody(['ok']) });
  }
  if (ctx.state.invitations.some((i) => i.domain === d.name && i.email === email && i.role === role && openInvitation(i, ctx.now))) {
    throw new DmapiError('exists', `email: ${email} already has an open invitation to ${role} on ${d.name}`);
  }
  const key = ctx.randomHex(32);
  const inv: Invitation = {
    id: `inv${nextId(ctx.state, 'idSeq')}`, key, domain: d.name, role, email, nickname, invitedByUid: ctx.account.uid,
    createdAt: ctx.now, expiresAt: ctx.now + INVITATION_DAYS * DAY, status: 'open',
  };
  ctx.state.invitations.push(inv);
  const links = [`/_sandbox/invitation?key=${key}`, `/invite?key=${key}`];
  addOutboxMail(ctx.state, ctx.now, {
    to: email, kind: 'grant-invitation', domain: d.name, key, links,
    subject: `You are invited to manage ${d.name}`,
    body: `${ctx.account.login} invites you to the role ${role} on ${d.name}${role === '@creator' ? ' (the domain would move into your account)' : ''}.\nAccept within ${INVITATION_DAYS} days by following the link, or apply the key at Joker.com (=> Transfer).\nInvitation key: ${key}\nLink: ${links[0]}`,
  });
  return ctx.ok({ body: linesBody(['ok']) });
});

registerHandler('grants-revoke', 'modify', (ctx) => {
  const p = ctx.params;
  const missing = ['domain', 'role', 'scope', 'type'].filter((f) => p.text(f) === undefined);
  if (missing.length) throw new DmapiError('missing', missing.map((f) => `${f}: missing required parameter`));
  const d = ctx.domainFor(ctx.require('domain'));
  const role = parseRole(ctx.require('role'));
  const type = ctx.requireMatching('type', /^(grant|invitation)$/i, 'grant or invitation').toLowerCase();
  const scope = ctx.require('scope');
  let to: string;
  if (type === 'invitation') {
    const inv = ctx.state.invitations.find((i) => i.id === scope && i.domain === d.name && i.role === role && i.status === 'open');
    if (!inv) throw new DmapiError('notExists', `scope: no open ${role} invitation ${scope} on ${d.name}`);
    inv.status = 'revoked';
    to = inv.email;
  } else {
    const g = ctx.state.grants.find((x) => x.id === scope && x.domain === d.name && x.role === role);
    if (!g) throw new DmapiError('notExists', `scope: no ${role} grant ${scope} on ${d.name}`);
    ctx.state.grants = ctx.state.grants.filter((x) => x !== g);
    to = g.clientLogin;
  }
  addOutboxMail(ctx.state, ctx.now, { to, kind: 'notice', domain: d.name, subject: `Your ${role} ${type} on ${d.name} was revoked`, body: `${ctx.account.login} revoked the ${type} ${scope} (${role}) on ${d.name}.` });
  return ctx.ok({ body: linesBody(['ok']) });
});
