/**
 * What the grant pages show, as plain data for client components (no secrets: Joker's invitation keys never get
 * here; a landing link appears only for the reseller's own pending invitations).
 */
import type { InvitationState } from '@/lib/schemas/grants';

/** One active grant or pending invitation as grants-list shows it, joined with the panel's record. */
export interface GrantEntry {
  /** Unique per row: `<domain> <type> <scope>`. */
  id: string;
  type: 'grant' | 'invitation';
  /** ASCII name (for requests and links) and its display form. */
  domain: string;
  display: string;
  role: string;
  /** The person, lower case: the invited address, or the Joker.com login holding the grant. */
  person: string;
  /** Joker.com login and user id of a grant's holder. */
  login?: string;
  uid?: string;
  nickName?: string;
  /** Joker's id of the grant or invitation (grants-revoke `scope`). */
  scope: string;
  /** When it was made, where the panel knows (invitations made through it; epoch ms). */
  since?: number;
  /** Invitations made through the panel: the landing link to pass on, and who sent it. */
  panel?: { id: number; link: string; inviter: string };
}

/** An invitation made through the panel, in any state (the domain page's history, the customer's list). */
export interface PanelInvitationView {
  id: number;
  domain: string;
  display: string;
  role: string;
  email: string;
  nickName?: string;
  state: InvitationState;
  /** The state in one sentence. */
  stateText: string;
  inviter: string;
  createdAt: number;
  settledAt?: number;
  /** Pending only, for the reseller (copy button) and the invitee (their own link). */
  link?: string;
}

export const STATE_LABELS: Record<InvitationState, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  revoked: 'Revoked',
  superseded: 'Superseded',
};
