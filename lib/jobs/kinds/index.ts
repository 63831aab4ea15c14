import { z } from 'zod';
import { grantInviteKind, grantRevokeKind } from './grants';
import { contactsKind, nameserversKind } from './modify';
import { registerKind, transferKind } from './orders';
import { renewKind } from './renew';
import { autorenewKind, lockKind, privacyKind, unlockKind } from './status';
import type { KindDef } from './types';
import { zoneChangeKind } from './zones';

/**
 * THE registry of bulk-job kinds: each kind is defined once (lib/jobs/kinds/<group>.ts) and looked up here, by the
 * planner, the server actions, the bulk dialog and (through lib/jobs/senders, server-only) the runner. Pure: no
 * server imports, so the browser validates with the same schemas. Menu order is the order below.
 */
export const jobParamsSchema = z.discriminatedUnion('kind', [
  lockKind.schema,
  unlockKind.schema,
  autorenewKind.schema,
  privacyKind.schema,
  renewKind.schema,
  nameserversKind.schema,
  contactsKind.schema,
  grantInviteKind.schema,
  grantRevokeKind.schema,
  zoneChangeKind.schema,
  registerKind.schema,
  transferKind.schema,
]);

export type JobParams = z.infer<typeof jobParamsSchema>;
export type JobKind = JobParams['kind'];
export type ParamsOf<K extends JobKind> = Extract<JobParams, { kind: K }>;

export const KINDS = {
  lock: lockKind,
  unlock: unlockKind,
  autorenew: autorenewKind,
  privacy: privacyKind,
  renew: renewKind,
  nameservers: nameserversKind,
  contacts: contactsKind,
  grantInvite: grantInviteKind,
  grantRevoke: grantRevokeKind,
  'zone-change': zoneChangeKind,
  register: registerKind,
  transfer: transferKind,
} as const satisfies { [K in JobKind]: KindDef };

/** The kind's definition, typed for any parameters (the registry's per-kind types meet here, once). */
export function kindOf<K extends JobKind>(kind: K): KindDef<z.ZodObject> & { describe(p: ParamsOf<K>): string } {
  return KINDS[kind] as unknown as KindDef<z.ZodObject> & { describe(p: ParamsOf<K>): string };
}

export function isJobKind(kind: string): kind is JobKind {
  return Object.hasOwn(KINDS, kind);
}

export function describeJob(params: JobParams): string {
  return kindOf(params.kind).describe(params);
}

export interface BulkMenuEntry {
  label: string;
  start: Partial<JobParams> & { kind: JobKind };
  /** The permission the entry needs (domains × operation). */
  operation: 'change' | 'order';
}

/** The bulk menu, in registry order. */
export const BULK_MENU: readonly BulkMenuEntry[] = (Object.entries(KINDS) as [JobKind, KindDef][]).flatMap(([kind, def]) =>
  def.menu.map((entry) => ({
    label: entry.label,
    start: { ...(entry.start as Partial<JobParams>), kind },
    operation: def.operation,
  })),
);

export { NO_PRIVACY_SUBSCRIPTION } from './status';
export { RENEWED_RECENTLY, RENEW_WINDOW_MS, renewYears } from './renew';
export { CONTACT_ROLES, resolveContactHandles, type BulkContactRole } from './modify';
export type { KindDef, MenuEntry, PlanFacts, TldContactHandles } from './types';
