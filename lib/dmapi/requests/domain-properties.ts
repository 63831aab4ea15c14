/**
 * domain-set-property, domain-get-property and domain-check.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { bodyLines, parseAmount, parseKeyValues } from '../parse';
import { languageCode } from '@/lib/schemas/common';
import { domainName, domainOrPattern } from '@/lib/schemas/domain';
import { READ, toWriteResult, WRITE, type WriteResult } from './common';

export const domainPropertyNames = ['autorenew', 'whois-opt-out', 'privacy', 'gdpr-opt-in'] as const;
export type DomainPropertyName = (typeof domainPropertyNames)[number];

/** Allowed values per property (DMAPI documentation); an empty value clears the property back to its default. */
const PROPERTY_VALUES: Record<DomainPropertyName, readonly string[]> = {
  autorenew: ['0', '1', ''],
  'whois-opt-out': ['0', '1', ''],
  'gdpr-opt-in': ['0', '1', ''],
  privacy: ['off', 'basic', 'pro', ''],
};

export const domainSetPropertySchema = z
  .object({
    domain: domainOrPattern,
    pname: z.enum(domainPropertyNames),
    pvalue: z.union([z.string().trim(), z.boolean().transform((b) => (b ? '1' : '0'))]),
  })
  .refine((v) => PROPERTY_VALUES[v.pname].includes(v.pvalue), 'Value not allowed for this property');
export type DomainSetPropertyInput = z.input<typeof domainSetPropertySchema>;

/**
 * DMAPI `domain-set-property`: set a flag on one domain or on every domain matching a wildcard pattern. Not
 * queued. Privacy can only be switched (off/basic/pro) for domains with a privacy subscription.
 */
export async function domainSetProperty(client: DmapiClient, input: DomainSetPropertyInput): Promise<WriteResult> {
  const v = domainSetPropertySchema.parse(input);
  return toWriteResult(await client.call('domain-set-property', { domain: v.domain, pname: v.pname, pvalue: v.pvalue }, WRITE));
}

export const domainGetPropertySchema = z.object({ domain: domainName, pname: z.enum(domainPropertyNames) });
export type DomainGetPropertyInput = z.input<typeof domainGetPropertySchema>;

/** DMAPI `domain-get-property`: the body is one line `<pname>: <value>`. Not queued. */
export async function domainGetProperty(client: DmapiClient, input: DomainGetPropertyInput): Promise<{ name: string; value: string }> {
  const v = domainGetPropertySchema.parse(input);
  const reply = await client.call('domain-get-property', { domain: v.domain, pname: v.pname }, READ);
  const kv = parseKeyValues(reply.body);
  const value = kv[v.pname]?.[0] ?? Object.values(kv)[0]?.[0];
  if (value === undefined && bodyLines(reply.body).length > 0) {
    throw new DmapiTransportError('domain-get-property', 'not-dmapi', 'unexpected property line');
  }
  return { name: v.pname, value: value ?? '' };
}

/** Every property of one domain (four domain-get-property reads, in parallel), e.g. `{ autorenew: '1', privacy: 'off' }`. */
export async function domainProperties(client: DmapiClient, domain: string): Promise<Record<DomainPropertyName, string>> {
  const values = await Promise.all(domainPropertyNames.map((pname) => domainGetProperty(client, { domain, pname })));
  return Object.fromEntries(values.map((v) => [v.name, v.value])) as Record<DomainPropertyName, string>;
}

export const domainCheckSchema = z.object({
  domain: domainName,
  checkPrice: z.enum(['create', 'renew', 'transfer', 'restore']).optional(),
  /** Years 1-10 or months (multiples of 12), as the request itself accepts both. */
  period: z
    .number()
    .int()
    .refine((p) => (p >= 1 && p <= 10) || (p >= 12 && p <= 120 && p % 12 === 0), 'Period: 1-10 years or 12-120 months')
    .optional(),
  language: languageCode.optional(),
});
export type DomainCheckInput = z.input<typeof domainCheckSchema>;

export interface DomainPrice {
  type: string;
  amount: number;
  currency: string;
  years: number;
}

export interface DomainCheckResult {
  domain: string;
  status: 'available' | 'premium' | 'unavailable';
  /** Registry wording (blocked, reserved, registered...); shown, never interpreted. */
  reason?: string;
  /** `standard` or a premium class name. */
  priceClass?: string;
  prices: DomainPrice[];
  promo?: { start: Date | undefined; end: Date | undefined };
  /** Premium status or a non-standard class: register/transfer/renew then need max-price. */
  needsMaxPrice: boolean;
}

/**
 * DMAPI `domain-check`. Not queued; answers Status-Code 1000. Body lines `domain-status`, optional
 * `domain-status-reason`, `domain-class`, `domain-price-<type>: <amount> <currency> <years>y` and
 * `domain-price-promo: <start> <end>` (values may carry trailing blanks).
 */
export async function domainCheck(client: DmapiClient, input: DomainCheckInput): Promise<DomainCheckResult> {
  const v = domainCheckSchema.parse(input);
  const reply = await client.call('domain-check', { domain: v.domain, 'check-price': v.checkPrice, period: v.period, language: v.language }, READ);
  return mapDomainCheck(v.domain, parseKeyValues(reply.body));
}

export function mapDomainCheck(domain: string, kv: Record<string, string[]>): DomainCheckResult {
  const raw = kv['domain-status']?.[0]?.toLowerCase();
  const status = raw === 'available' || raw === 'premium' ? raw : 'unavailable';
  const prices: DomainPrice[] = [];
  for (const [key, values] of Object.entries(kv)) {
    const m = /^domain-price-(.+)$/.exec(key);
    if (!m || m[1] === 'promo') continue;
    for (const value of values) {
      const [amount, currency, years] = value.split(/\s+/);
      const n = parseAmount(amount);
      if (n === undefined) continue;
      prices.push({ type: m[1] as string, amount: n, currency: currency ?? '', years: Number.parseInt(years ?? '1', 10) || 1 });
    }
  }
  const out: DomainCheckResult = { domain, status, prices, needsMaxPrice: false };
  const reason = kv['domain-status-reason']?.[0];
  if (reason) out.reason = reason;
  const priceClass = kv['domain-class']?.[0];
  if (priceClass) out.priceClass = priceClass;
  const promo = kv['domain-price-promo']?.[0];
  if (promo) {
    const [start, end] = promo.split(/\s+/);
    out.promo = { start: parseDmapiDate(start), end: parseDmapiDate(end) };
  }
  out.needsMaxPrice = status === 'premium' || (priceClass !== undefined && priceClass.toLowerCase() !== 'standard');
  return out;
}
