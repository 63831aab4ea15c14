import 'server-only';
import type { Db } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import { type DmapiClient, DmapiError, type GrantsListRow, grantsList } from '@/lib/dmapi';
import { toUnicodeDomain } from '@/lib/net/idn';
import { isGrantRole, type InvitationState } from '@/lib/schemas/grants';
import { type DomainGrants, reconcileDomain } from './reconcile';
import { invitationsOfDomain } from './store';
import { decryptToken, landingUrl } from './tokens';
import type { GrantEntry, PanelInvitationView } from './view';
import { stateSentence } from './words';

/** grants-list of one own domain with keys (to recognise the panel's invitations); 'gone' when it left the account. */
export async function readDomainGrants(client: DmapiClient, domain: string): Promise<DomainGrants> {
  try {
    return await grantsList(client, { domain, showkey: true });
  } catch (error) {
    if (error instanceof DmapiError && error.statusCode === 2303) return 'gone';
    throw error;
  }
}

function linkOf(row: GrantInvitation): string | undefined {
  try {
    return landingUrl(decryptToken(row.tokenEncrypted));
  } catch {
    // Encrypted under another PANEL_SECRET: the link cannot be shown again (the invitation still works at Joker).
    return undefined;
  }
}

/** grants-list rows (keys dropped here) joined with the panel's pending invitations of the same domain. */
export function entriesOf(domain: string, rows: readonly GrantsListRow[], panelRows: readonly GrantInvitation[]): GrantEntry[] {
  const display = toUnicodeDomain(domain);
  const pendingByScope = new Map(panelRows.filter((r) => r.state === 'pending' && r.scope).map((r) => [r.scope as string, r]));
  return rows
    .filter((r) => isGrantRole(r.role))
    .map((r) => {
      const base = { id: `${domain} ${r.type} ${r.scope}`, type: r.type, domain, display, role: r.role, scope: r.scope, ...(r.nickName ? { nickName: r.nickName } : {}) };
      if (r.type === 'grant') {
        const person = (r.inviteeEmail ?? r.inviteeUsername ?? '').toLowerCase();
        return { ...base, person, ...(r.inviteeUsername ? { login: r.inviteeUsername } : {}), ...(r.inviteeUserId ? { uid: r.inviteeUserId } : {}) };
      }
      const entry: GrantEntry = { ...base, person: (r.inviteeEmail ?? '').toLowerCase() };
      const panel = pendingByScope.get(r.scope);
      const link = panel ? linkOf(panel) : undefined;
      if (panel) entry.since = panel.createdAt.getTime();
      if (panel && link) entry.panel = { id: panel.id, link, inviter: panel.inviterName };
      return entry;
    });
}

export function panelView(row: GrantInvitation, withLink: boolean): PanelInvitationView {
  const view: PanelInvitationView = {
    id: row.id,
    domain: row.domain,
    display: toUnicodeDomain(row.domain),
    role: row.role,
    email: row.email,
    state: row.state as InvitationState,
    stateText: row.state === 'pending' ? 'Waiting for the invitee.' : (row.stateReason ?? stateSentence(row)),
    inviter: row.inviterName,
    createdAt: row.createdAt.getTime(),
  };
  if (row.nickName) view.nickName = row.nickName;
  if (row.settledAt) view.settledAt = row.settledAt.getTime();
  const link = withLink && row.state === 'pending' ? linkOf(row) : undefined;
  if (link) view.link = link;
  return view;
}

export interface DomainGrantsView {
  gone: boolean;
  entries: GrantEntry[];
  /** Every invitation the panel made on this domain, newest first. */
  history: PanelInvitationView[];
}

/** The domain page's grants: grants-list read live, the panel's invitations settled against it, then joined. */
export async function domainGrantsView(db: Db, client: DmapiClient, accountUid: string, domain: string): Promise<DomainGrantsView> {
  const grants = await readDomainGrants(client, domain);
  let panelRows = await invitationsOfDomain(db, accountUid, domain);
  if ((await reconcileDomain(db, panelRows, grants)) > 0 || panelRows.some((r) => r.state === 'pending' && r.scope === null)) {
    panelRows = await invitationsOfDomain(db, accountUid, domain);
  }
  return {
    gone: grants === 'gone',
    entries: grants === 'gone' ? [] : entriesOf(domain, grants, panelRows),
    history: panelRows.map((r) => panelView(r, true)),
  };
}
