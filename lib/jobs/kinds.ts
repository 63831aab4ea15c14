import { z } from 'zod';
import { contactHandle } from '@/lib/schemas/common';
import { hostName } from '@/lib/schemas/host';

/**
 * The bulk actions and their parameters. Pure (no server imports): the bulk dialog validates with the same schemas
 * the server action uses.
 */
const host = hostName;
// The dialog leaves a role it does not change empty.
const handle = z.string().trim().pipe(z.union([z.literal(''), contactHandle]));

export const jobParamsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lock') }),
  z.object({ kind: z.literal('unlock') }),
  z.object({ kind: z.literal('autorenew'), on: z.boolean() }),
  z.object({ kind: z.literal('privacy'), level: z.enum(['off', 'basic', 'pro']) }),
  z
    .object({
      kind: z.literal('renew'),
      // The DMAPI takes months; the dialog offers whole years.
      period: z.number().int().min(12).max(120).multipleOf(12).optional(),
      expyear: z.number().int().min(2000).max(2200).optional(),
    })
    .refine((v) => (v.period === undefined) !== (v.expyear === undefined), 'Give either a period or an expiration year'),
  z.object({ kind: z.literal('nameservers'), ns: z.array(host).min(2, 'Give at least two name servers').max(13) }),
  z
    .object({ kind: z.literal('contacts'), adminC: handle.optional(), techC: handle.optional(), billingC: handle.optional() })
    .refine((v) => Boolean(v.adminC || v.techC || v.billingC), 'Give at least one handle to replace'),
]);

export type JobParams = z.infer<typeof jobParamsSchema>;
export type JobKind = JobParams['kind'];

/** Kinds that cost money: a @modify-only key and the support role cannot run them. */
export const COSTLY_KINDS: ReadonlySet<JobKind> = new Set(['renew']);

/** domain-set-property kinds, which take a wildcard pattern and so can cover a whole selection in one call. */
export function setPropertyOf(params: JobParams): { pname: string; pvalue: string } | undefined {
  if (params.kind === 'autorenew') return { pname: 'autorenew', pvalue: params.on ? '1' : '0' };
  return undefined;
}

export function describeJob(params: JobParams): string {
  switch (params.kind) {
    case 'lock':
      return 'Lock';
    case 'unlock':
      return 'Unlock';
    case 'autorenew':
      return params.on ? 'Autorenew on' : 'Autorenew off';
    case 'privacy':
      return params.level === 'off' ? 'Privacy off' : `Privacy ${params.level}`;
    case 'renew':
      return params.period ? `Renew for ${params.period / 12} year${params.period > 12 ? 's' : ''}` : `Renew until ${params.expyear}`;
    case 'nameservers':
      return `Name servers → ${params.ns.join(', ')}`;
    case 'contacts': {
      const parts = [
        params.adminC && `admin-c ${params.adminC}`,
        params.techC && `tech-c ${params.techC}`,
        params.billingC && `billing-c ${params.billingC}`,
      ].filter(Boolean);
      return `Contacts → ${parts.join(', ')}`;
    }
  }
}
