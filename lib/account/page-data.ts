import 'server-only';
import type { PanelSession } from '@/lib/auth/session-store';
import { dmapiVersion, type DmapiClient, queryProfile, queryRequestList, type Profile, userGetProperty, type UserProperties } from '@/lib/dmapi';
import { failureText } from '@/lib/failure';
import type { AccountBalance } from '@/lib/dmapi';
import { accountBalance } from './figures';

/** A part of the account page, or why it could not be read (one refusal does not blank the page). */
export type Part<T> = { ok: true; data: T } | { ok: false; reason: string };

async function part<T>(work: () => Promise<T>): Promise<Part<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, reason: failureText(error) };
  }
}

export interface AccountPage {
  profile: Part<Profile>;
  balance: Part<AccountBalance>;
  version: Part<string>;
  requests: Part<string[]>;
  properties: Part<UserProperties>;
  /** The TLDs the login answered with (Joker's list for this account). */
  tlds: string[];
}

/**
 * Everything the account page shows, asked of Joker at once: query-profile, query-account-balance (fresh; the header's
 * figure is updated with it), version (needs no session), query-request-list and user-get-property.
 */
export async function loadAccountPage(session: PanelSession, client: DmapiClient): Promise<AccountPage> {
  const [profile, balance, version, requests, properties] = await Promise.all([
    part(() => queryProfile(client)),
    part(() => accountBalance(session.uid, client, true)),
    part(() => dmapiVersion(client.transport)),
    part(() => queryRequestList(client)),
    part(() => userGetProperty(client)),
  ]);
  return { profile, balance, version, requests, properties, tlds: [...session.tlds].sort() };
}
