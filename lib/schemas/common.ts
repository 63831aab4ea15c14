/**
 * Building blocks of the DMAPI's Requires/Accepts tables as zod schemas, shared by forms (client components), server
 * actions and the DMAPI request functions. Browser-safe: no server import anywhere under lib/schemas.
 */
import { z } from 'zod';
import { isCountryCode } from '@/lib/contacts/countries';
import { isEmail } from '@/lib/contacts/checks';
import { dmapiDateMs } from '@/lib/dates/dmapi-date';
import { MAX_GLOB_LENGTH } from '@/lib/net/glob';

/** Contact handles such as CCOM-123, COCO-4711, c12345 (.eu). */
export const contactHandle = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Enter a contact handle such as CCOM-123');

/** Periods travel in months ("in MONTHS, NOT YEARS"); Joker allows at most 10 years. */
export const periodMonths = z.number().int().min(1).max(120);

export const expYear = z.number().int().min(2000).max(2200);

/** max-price: "a number (fractions allowed) above 0". */
export const maxPrice = z.number().positive();

/** Glob patterns with `*` and `?` as the DMAPI list requests take them (lib/net/glob.ts matches them). */
export const pattern = z.string().trim().min(1).max(MAX_GLOB_LENGTH);

/** 1-based item positions of the list requests. */
export const fromTo = z.number().int().min(1);

export const yesNo = z.enum(['yes', 'no']);

/** A TLD as the DMAPI names it: `com`, `co.uk`, `xn--p1ai`; lower case. */
export const tld = z.string().trim().toLowerCase().regex(/^(?!-)[a-z0-9-]{2,63}(\.[a-z0-9-]{2,63})?$/, 'Enter a TLD such as com');

/** An e-mail address by the same rule the contact checks use (lib/contacts). */
export const email = z.string().trim().max(254).refine(isEmail, 'Enter an e-mail address');

/** ISO 3166 country code (`UK` accepted beside `GB`), upper case. */
export const countryCode = z.string().trim().toUpperCase().refine(isCountryCode, 'Enter a two-letter country code');

export const currencyCode = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'Enter a currency code such as EUR');

/** A calendar day `YYYY-MM-DD` that exists (2027-02-30 does not). */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((v) => !Number.isNaN(dmapiDateMs(v)), 'No such day');

/** result-list `date`: a day as `YYYY-MM-DD` or `YYYYMMDD`. */
export const dayFilter = z
  .string()
  .trim()
  .regex(/^\d{4}-?\d{2}-?\d{2}$/, 'Use YYYY-MM-DD')
  .refine((v) => !Number.isNaN(dmapiDateMs(v)), 'No such day');

/** A numeric Joker.com user id (grants). */
export const jokerUserId = z.string().trim().regex(/^\d+$/, 'A numeric Joker.com user id');

/** An ISO 639 language code of two or three letters. */
export const languageCode = z.string().trim().regex(/^[a-z]{2,3}$/i, '2- or 3-letter language code');

/** Verification and confirmation keys as the DMAPI mails them. */
export const confirmationKey = z.string().trim().min(1).max(255);

/** "Only one of period or expyear may be used, but not both." */
export function onePeriodOnly(v: { period?: number | undefined; expyear?: number | undefined }): boolean {
  return !(v.period !== undefined && v.expyear !== undefined);
}

export const ONE_PERIOD_MESSAGE = 'Give either a period or an expiration year, not both';
