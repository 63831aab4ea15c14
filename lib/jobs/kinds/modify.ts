import { z } from 'zod';
import { contactHandle } from '@/lib/schemas/common';
import { hostName } from '@/lib/schemas/host';
import { defineKind } from './types';

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

export const contactsKind = defineKind({
  schema: z
    .object({ kind: z.literal('contacts'), adminC: handle.optional(), techC: handle.optional(), billingC: handle.optional() })
    .refine((v) => Boolean(v.adminC || v.techC || v.billingC), 'Give at least one handle to replace'),
  operation: 'change',
  menu: [{ label: 'Replace contacts…', start: { kind: 'contacts' } }],
  describe: (p) => `Contacts → ${CONTACT_ROLES.filter(([k]) => p[k]).map(([k, field]) => `${field} ${p[k]}`).join(', ')}`,
  skip: (p, row, facts) => {
    const prefix = facts.handlePrefixes[row.tld];
    if (!prefix) return undefined;
    for (const [k] of CONTACT_ROLES) {
      const h = p[k];
      if (h && !h.toUpperCase().startsWith(`${prefix.toUpperCase()}-`)) return `Handle ${h} is not valid for .${row.tld} (needs a ${prefix}- handle)`;
    }
    return undefined;
  },
});
