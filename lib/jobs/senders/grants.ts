import 'server-only';
import { getDb } from '@/lib/db';
import { type DmapiClient, grantsList } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { inviteAndRecord } from '@/lib/grants/invite';
import { concerns, revokePerson } from '@/lib/grants/revoke';
import type { Inviter } from '@/lib/grants/store';
import type { KindSender, StoredJobParams } from './types';

/**
 * grants-invite and grants-revoke answer at once (body `ok`, no Proc-ID) and result-list never lists them, so after a
 * crash both read the domain's grants back (DMAPI documentation, grants-list).
 */

function inviterOf(client: DmapiClient, stored: StoredJobParams): Inviter {
  const session = client.session;
  if (!session) throw new ExpectedFailure('The job’s DMAPI session is not known.');
  return {
    accountUid: session.uid,
    login: session.userLogin,
    name: stored.actorName ?? session.userLogin,
    fingerprint: stored.actorFingerprint ?? '',
  };
}

/** One invitation per domain, recorded with its own landing link (lib/grants/invite.ts). */
export const grantInviteSender: KindSender<'grantInvite'> = {
  request: 'grants-invite',
  send: async (client, p, item, stored) => {
    await inviteAndRecord(client, await getDb(), inviterOf(client, stored), { domain: item.domain, email: p.email, role: p.role, nickName: p.nickName }, item.jobId);
    return {};
  },
  readBack: async (client, p, domain) =>
    (await grantsList(client, { domain })).some((r) => r.role === p.role && concerns(r, p.email)),
};

/**
 * Every grant and invitation of one person on the domain. Unlike other senders this may make several writes (one
 * grants-revoke each); each item decides them from a fresh grants-list, so an item sent again after an interruption
 * revokes only what is left, and a domain where the person holds nothing is done at once.
 */
export const grantRevokeSender: KindSender<'grantRevoke'> = {
  request: 'grants-revoke',
  send: async (client, p, item, stored) => {
    const inviter = inviterOf(client, stored);
    await revokePerson(client, await getDb(), inviter.accountUid, item.domain, p.person, `${inviter.name} (bulk job ${item.jobId ?? ''})`.replace(' ()', ''));
    return {};
  },
  readBack: async (client, p, domain) => !(await grantsList(client, { domain })).some((r) => concerns(r, p.person)),
};
