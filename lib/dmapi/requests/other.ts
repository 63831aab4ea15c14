/**
 * Other requests: query-object, query-whois, query-price-list, query-promos-list.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { cell, header, parseAmount, parseKeyValues, parseList, parseTable } from '../parse';
import { countryCode, currencyCode } from '@/lib/schemas/common';
import { READ } from './common';
import { isWidePriceList, mapWidePriceList } from './price-list';

export const objectQuerySchema = z
  .object({ domain: z.string().trim().min(1).optional(), contact: z.string().trim().min(1).optional(), host: z.string().trim().min(1).optional() })
  .refine((v) => [v.domain, v.contact, v.host].filter((x) => x !== undefined).length === 1, 'Give exactly one of domain, contact or host');
export type ObjectQueryInput = z.input<typeof objectQuerySchema> & { internal?: boolean };

export interface WhoisRecord {
  /** Every line, dotted keys lower-cased, repeated keys (name servers) kept in order. */
  entries: Record<string, string[]>;
  /** The domain view, when the object is a domain. */
  domain?: {
    /** From the bare `domain:` line (in Joker's whois `domain.name` is the owner's name). */
    name: string | undefined;
    owner: { name?: string; organization?: string; email?: string; handle?: string };
    contacts: { admin?: string; tech?: string; billing?: string };
    status: string[];
    created: Date | undefined;
    modified: Date | undefined;
    expires: Date | undefined;
    nameservers: string[];
  };
}

function first(entries: Record<string, string[]>, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = entries[k]?.[0];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

export function mapWhois(entries: Record<string, string[]>): WhoisRecord {
  const out: WhoisRecord = { entries };
  if (entries['domain'] !== undefined || Object.keys(entries).some((k) => k.startsWith('domain.'))) {
    const owner: NonNullable<WhoisRecord['domain']>['owner'] = {};
    const contacts: NonNullable<WhoisRecord['domain']>['contacts'] = {};
    for (const k of ['name', 'organization', 'email', 'handle'] as const) {
      const v = first(entries, `domain.${k}`);
      if (v !== undefined) owner[k] = v;
    }
    for (const k of ['admin', 'tech', 'billing'] as const) {
      const v = first(entries, `domain.${k}-c`);
      if (v !== undefined) contacts[k] = v;
    }
    out.domain = {
      name: first(entries, 'domain', 'domain.fqdn'),
      owner,
      contacts,
      status: (entries['domain.status'] ?? []).flatMap((s) => parseList(s)),
      created: parseDmapiDate(first(entries, 'domain.created.date')),
      modified: parseDmapiDate(first(entries, 'domain.modified.date')),
      expires: parseDmapiDate(first(entries, 'domain.expires', 'domain.expires.date')),
      nameservers: entries['domain.nservers.nserver.handle'] ?? entries['domain.nservers.nserver.name'] ?? [],
    };
  }
  return out;
}

/**
 * DMAPI `query-whois`: live data of a domain, contact or host as dotted `key: value` lines, some repeated (one
 * `domain.nservers.nserver.handle` per server). `internal=1` shows the real contact data behind whois privacy.
 * Not queued.
 */
export async function queryWhois(client: DmapiClient, input: ObjectQueryInput): Promise<WhoisRecord> {
  const v = objectQuerySchema.parse(input);
  const reply = await client.call('query-whois', { ...v, internal: input.internal ? 1 : undefined }, READ);
  return mapWhois(parseKeyValues(reply.body));
}

/** DMAPI `query-object` (deprecated in favour of query-whois; may lag behind live data). Not queued. */
export async function queryObject(client: DmapiClient, input: ObjectQueryInput): Promise<WhoisRecord> {
  const v = objectQuerySchema.parse(input);
  const reply = await client.call('query-object', v, READ);
  return mapWhois(parseKeyValues(reply.body));
}

export interface PriceListRow {
  /** Every column by its Columns name (lower-cased), `-` as undefined. */
  columns: Record<string, string | undefined>;
  tld: string | undefined;
  operation: string | undefined;
  /** Years the price is for, when the list says. */
  period: number | undefined;
  price: number | undefined;
  currency: string | undefined;
}

/**
 * DMAPI `query-price-list`: prices per TLD, action and year, TAB-separated, in the account currency, reseller
 * discount and VAT included. Not queued. Columns are read by name when the reply names them.
 */
export async function queryPriceList(client: DmapiClient): Promise<PriceListRow[]> {
  const reply = await client.call('query-price-list', {}, READ);
  // The live layout: a price column per period (price-1y … price-10y), spread into one row per period.
  if (isWidePriceList((header(reply, 'Columns') ?? '').split(','))) return mapWidePriceList(reply);
  const table = parseTable(reply, ['tld', 'operation', 'period', 'price', 'currency']);
  const names = table.columns.map((c) => c.toLowerCase());
  return table.rows.map((f) => {
    const columns: Record<string, string | undefined> = {};
    names.forEach((n, i) => (columns[n] = cell(f[i])));
    const pick = (...keys: string[]) => keys.map((k) => columns[k]).find((x) => x !== undefined);
    const period = pick('period', 'years', 'year', 'min_period');
    return {
      columns,
      tld: pick('tld'),
      operation: pick('operation', 'action', 'type'),
      period: period === undefined ? undefined : Number.parseInt(period, 10),
      price: parseAmount(pick('price', 'amount')),
      currency: pick('currency'),
    };
  });
}

export const queryPromosListSchema = z.object({
  type: z.enum(['current', 'upcoming', 'all']).optional(),
  currency: currencyCode.optional(),
  country: countryCode.optional(),
});
export type QueryPromosListInput = z.input<typeof queryPromosListSchema>;

export interface PromoRow {
  type: string;
  operation: string;
  tld: string;
  currency: string;
  /** 0.19 = 19%. */
  vat: number;
  /** Netto, per year (flex) or for exactly minPeriod years (exact). */
  price: number;
  standardPrice: number | undefined;
  retailPrice: number | undefined;
  minPeriod: number;
  maxPeriod: number;
  periodType: 'exact' | 'flex';
  validFrom: Date | undefined;
  validTo: Date | undefined;
}

const PROMO_COLUMNS = [
  'type', 'operation', 'tld', 'currency', 'vat', 'price', 'standard_price', 'retail_price', 'min_period', 'max_period',
  'period_type', 'valid_from', 'valid_to',
];

/** DMAPI `query-promos-list` (DMAPI documentation): TAB rows under Columns, Status-Code 1000. Not queued. */
export async function queryPromosList(client: DmapiClient, input: QueryPromosListInput = {}): Promise<PromoRow[]> {
  const v = queryPromosListSchema.parse(input);
  const reply = await client.call('query-promos-list', v, READ);
  const table = parseTable(reply, PROMO_COLUMNS);
  const idx = new Map(table.columns.map((c, i) => [c.toLowerCase(), i]));
  return table.rows.map((f) => {
    const get = (name: string) => {
      const i = idx.get(name);
      return i === undefined ? undefined : cell(f[i]);
    };
    return {
      type: get('type') ?? '',
      operation: get('operation') ?? '',
      tld: get('tld') ?? '',
      currency: get('currency') ?? '',
      vat: parseAmount(get('vat')) ?? 0,
      price: parseAmount(get('price')) ?? 0,
      standardPrice: parseAmount(get('standard_price')),
      retailPrice: parseAmount(get('retail_price')),
      minPeriod: Number.parseInt(get('min_period') ?? '1', 10) || 1,
      maxPeriod: Number.parseInt(get('max_period') ?? get('min_period') ?? '1', 10) || 1,
      periodType: get('period_type') === 'exact' ? 'exact' : 'flex',
      validFrom: parseDmapiDate(get('valid_from')),
      validTo: parseDmapiDate(get('valid_to')),
    };
  });
}
