import { z } from 'zod';
import { contactHandle } from '@/lib/schemas/common';
import { hostName } from '@/lib/schemas/host';
import { defineKind, type TldContactHandles } from './types';

/** Name servers and contacts: domain-modify with the given fields only (the others stay as they are). */

const host = hostName;
// The dialog leaves a role it does not change empty.
const handle = z.string().trim().pipe(z.union([z.literal(''), contactHandle]));

export const nameserversKind = defineKind({
  schema: z.object({ kind: z.literal('nameservers'), ns: z.array(host).min(2, 'Give at least two name servers').max(13) }),
  operation: 'change',
  menu: [{ label: 'Replace name servers…', start: { kind: 'nameservers' } }],
  describe: (p) => `Name servers → ${p.ns.join(', ')}`,
  skip: () => undefined,
});

/** The contact roles a bulk job may replace, as parameter name → DMAPI field. */
export const CONTACT_ROLES = [
  ['adminC', 'admin-c'],
  ['techC', 'tech-c'],
  ['billingC', 'billing-c'],
] as const;

export type BulkContactRole = (typeof CONTACT_ROLES)[number][0];
const ROLE_KEYS = CONTACT_ROLES.map(([k]) => k) as [BulkContactRole, ...BulkContactRole[]];
const fieldOf = (role: BulkContactRole) => CONTACT_ROLES.find(([k]) => k === role)?.[1] ?? role;

/**
 * The handles one domain gets: those typed, and for the roles in `fromDefaults` its TLD's defaults from Settings.
 * `missing` lists the roles asked to come from defaults that the TLD has none for.
 */
export function resolveContactHandles(
  p: Partial<Record<BulkContactRole, string>> & { fromDefaults?: readonly BulkContactRole[] },
  defaults: TldContactHandles | undefined,
): { handles: TldContactHandles; missing: BulkContactRole[] } {
  const handles: TldContactHandles = {};
  const missing: BulkContactRole[] = [];
  for (const [k] of CONTACT_ROLES) {
    if (p.fromDefaults?.includes(k)) {
      const fallback = defaults?.[k];
      if (fallback) handles[k] = fallback;
      else missing.push(k);
    } else if (p[k]) handles[k] = p[k];
  }
  return { handles, missing };
}

export const contactsKind = defineKind({
  schema: z
    .object({
      kind: z.literal('contacts'),
      adminC: handle.optional(),
      techC: handle.optional(),
      billingC: handle.optional(),
      /** Roles whose handle is, per domain, its TLD's default from Settings (resolved on the server when planning). */
      fromDefaults: z.array(z.enum(ROLE_KEYS)).max(ROLE_KEYS.length).optional(),
    })
    .refine((v) => Boolean(v.adminC || v.techC || v.billingC || v.fromDefaults?.length), 'Give at least one handle to replace')
    .refine((v) => !v.fromDefaults?.some((k) => v[k]), 'A role takes either a handle or its TLD default, not both'),
  operation: 'change',
  menu: [{ label: 'Replace contacts…', start: { kind: 'contacts' } }],
  describe: (p) =>
    `Contacts → ${CONTACT_ROLES.filter(([k]) => p[k] || p.fromDefaults?.includes(k))
      .map(([k, field]) => `${field} ${p[k] ?? 'TLD default'}`)
      .join(', ')}`,
  skip: (p, row, facts) => {
    const { handles, missing } = resolveContactHandles(p, facts.contactDefaults?.[row.tld]);
    if (missing.length > 0) return `.${row.tld} has no ${missing.map(fieldOf).join(', ')} default in Settings`;
    const prefix = facts.handlePrefixes[row.tld];
    if (!prefix) return undefined;
    for (const h of Object.values(handles)) {
      if (!h.toUpperCase().startsWith(`${prefix.toUpperCase()}-`)) return `Handle ${h} is not valid for .${row.tld} (needs a ${prefix}- handle)`;
    }
    return undefined;
  },
});
