/** Host names, name-server lists and glue addresses (ns-create / ns-modify, domain ns-list). */
import { z } from 'zod';
import { normalizeHostname } from '@/lib/net/domain';
import { ipv4GlueProblem, ipv6GlueProblem, normalizeIpv4, normalizeIpv6 } from '@/lib/net/ip';

/** A host name (IDN allowed), handed on as lower-case ASCII without a trailing dot. */
export const hostName = z
  .string()
  .trim()
  .refine((v) => normalizeHostname(v) !== '', 'Enter a host name such as ns1.example.com')
  .transform(normalizeHostname);

/** ns-list: 1 to 13 host names (the transport joins them with colons). */
export const nsList = z.array(hostName).min(1).max(13);

/** A public IPv4 address a glue record may carry ("must not be from IANA's reserved range"). */
export const ipv4Glue = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = ipv4GlueProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A public IPv6 glue address, handed on in its short form (RFC 5952), however it was typed. */
export const ipv6Glue = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = ipv6GlueProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => (ipv6GlueProblem(v) ? v : normalizeIpv6(v)));

/** True when no address repeats, written differently or not (an address that does not parse counts as itself). */
const distinct = (normalize: (v: string) => string) => (list: readonly string[]) => {
  const keys = list.map((v) => {
    try {
      return normalize(v);
    } catch {
      return v;
    }
  });
  return new Set(keys).size === list.length;
};

/** Several addresses per host are allowed; the same address twice is not. */
export const ipv4GlueList = z.array(ipv4Glue).refine(distinct(normalizeIpv4), 'An address is listed twice');
export const ipv6GlueList = z.array(ipv6Glue).refine(distinct(normalizeIpv6), 'An address is listed twice');

/** ns-create / ns-modify: the host and its glue, at least one address. */
export const nsWriteSchema = z
  .object({ host: hostName, ip: ipv4GlueList.optional(), ipv6: ipv6GlueList.optional() })
  .refine((v) => (v.ip?.length ?? 0) + (v.ipv6?.length ?? 0) > 0, 'Give at least one IPv4 or IPv6 address');

/** ns-delete and the host page: one host name. */
export const hostOnlySchema = z.object({ host: hostName });

/**
 * The host form: one input per address, as typed. Empty inputs are left out; every other one is checked where it
 * stands (the error names its row), then the lists go to ns-create / ns-modify as nsWriteSchema takes them. In a
 * modify both lists are sent whole, so an emptied family is removed.
 */
export const hostFormSchema = z
  .object({ host: z.string(), ip: z.array(z.string().max(64)).max(20), ipv6: z.array(z.string().max(64)).max(20) })
  .superRefine((v, ctx) => {
    const check = (field: 'ip' | 'ipv6', problem: (s: string) => string | null, normalize: (s: string) => string) => {
      const seen = new Map<string, number>();
      v[field].forEach((raw, i) => {
        const value = raw.trim();
        if (value === '') return;
        const why = problem(value);
        if (why) return ctx.addIssue({ code: 'custom', path: [field, i], message: why });
        const key = normalize(value);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [field, i], message: `The same address as row ${(seen.get(key) ?? 0) + 1}` });
        else seen.set(key, i);
      });
    };
    check('ip', ipv4GlueProblem, normalizeIpv4);
    check('ipv6', ipv6GlueProblem, normalizeIpv6);
    if ([...v.ip, ...v.ipv6].every((a) => a.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['ip'], message: 'Give at least one IPv4 or IPv6 address' });
    }
  })
  .transform((v): z.input<typeof nsWriteSchema> => ({
    host: v.host,
    ip: v.ip.map((a) => a.trim()).filter(Boolean),
    ipv6: v.ipv6.map((a) => a.trim()).filter(Boolean),
  }))
  .pipe(nsWriteSchema);
export type HostFormValues = z.input<typeof hostFormSchema>;
