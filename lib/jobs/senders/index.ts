import 'server-only';
import type { JobKind, JobParams } from '../kinds';
import { grantInviteSender, grantRevokeSender } from './grants';
import { contactsSender, nameserversSender } from './modify';
import { registerSender, transferSender } from './orders';
import { renewSender } from './renew';
import { autorenewSender, lockSender, privacySender, unlockSender } from './status';
import type { KindSender } from './types';
import { zoneChangeSender } from './zones';

/**
 * The server side of the bulk-job registry (lib/jobs/kinds): what each kind sends. A kind added there without a
 * sender here does not compile.
 */
export const SENDERS: { [K in JobKind]: KindSender<K> } = {
  lock: lockSender,
  unlock: unlockSender,
  autorenew: autorenewSender,
  privacy: privacySender,
  renew: renewSender,
  nameservers: nameserversSender,
  contacts: contactsSender,
  grantInvite: grantInviteSender,
  grantRevoke: grantRevokeSender,
  'zone-change': zoneChangeSender,
  register: registerSender,
  transfer: transferSender,
};

/** The sender for these parameters, typed for them (the per-kind types meet here, once). */
export function senderOf(params: JobParams): KindSender<JobKind> {
  return SENDERS[params.kind] as unknown as KindSender<JobKind>;
}

/** Every kind's DMAPI request (to check them against the key's query-request-list). */
export function kindRequests(): Record<JobKind, string> {
  return Object.fromEntries(Object.entries(SENDERS).map(([kind, sender]) => [kind, sender.request])) as Record<JobKind, string>;
}

/** The request a kind sends, as result-list names it. */
export function requestOf(params: JobParams): string {
  return SENDERS[params.kind].request;
}

export { premiumRefusal, PREMIUM_CHECK_LIMIT } from './renew';
export type { KindSender, PlanContext, PlanExtras, SendItem, StoredJobParams } from './types';
