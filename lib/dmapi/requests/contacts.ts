/**
 * Contacts: query-contact-list, contact-create, contact-modify, contact-delete.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { cell, header, parseKeyValues, parseTable } from '../parse';
import { contactParams } from '@/lib/contacts/validate';
import { contactHandle, fromTo, pattern, tld } from '@/lib/schemas/common';
import { contactCreateSchema, contactModifySchema } from '@/lib/schemas/contact';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { READ, toWriteResult, WRITE, type WriteResult } from './common';

export const queryContactListSchema = z.object({
  pattern: pattern.optional(),
  from: fromTo.optional(),
  to: fromTo.optional(),
  tld: tld.optional(),
  extendedFormat: z.boolean().optional(),
});
export type QueryContactListInput = z.input<typeof queryContactListSchema>;

export interface ContactListRow {
  handle: string;
  name?: string;
  organization?: string;
  /** The live server adds an `email` column to the extended format (read when present). */
  email?: string;
  /** Every column of the extended format by its Columns name. */
  columns: Record<string, string | undefined>;
}

/**
 * DMAPI `query-contact-list`. Not queued. Plain format: one handle per line. With `extended-format=1` the rows are
 * TAB-separated under a `Columns` header (name and organization added); `-` means missing.
 */
export async function queryContactList(client: DmapiClient, input: QueryContactListInput = {}): Promise<ContactListRow[]> {
  const v = queryContactListSchema.parse(input);
  const reply = await client.call(
    'query-contact-list',
    { pattern: v.pattern, from: v.from, to: v.to, tld: v.tld, 'extended-format': v.extendedFormat },
    READ,
  );
  const table = parseTable(reply, ['handle', 'name', 'organization']);
  const names = table.columns.map((c) => c.toLowerCase());
  const tab = (header(reply, 'Separator') ?? '').toUpperCase() === 'TAB';
  return table.rows.map((f) => {
    const columns: Record<string, string | undefined> = {};
    names.forEach((n, i) => (columns[n] = cell(f[i])));
    // Without a TAB separator a plain list is one handle per line; extra words are not columns.
    const row: ContactListRow = { handle: f[0] ?? '', columns };
    const name = tab || header(reply, 'Columns') ? columns['name'] : undefined;
    const org = tab || header(reply, 'Columns') ? (columns['organization'] ?? columns['org']) : undefined;
    const email = tab || header(reply, 'Columns') ? columns['email'] : undefined;
    if (name) row.name = name;
    if (org) row.organization = org;
    if (email) row.email = email;
    return row;
  });
}

export type ContactCreateInput = z.input<typeof contactCreateSchema>;

export interface ContactCreateResult extends WriteResult {
  /** The new handle when the reply names it (`Handle` or `Object-Name`); otherwise follow the Proc-ID. */
  handle?: string;
}

/**
 * DMAPI `contact-create`. The handle prefix depends on the TLD (login with prefixes=1 lists them). Registry
 * contacts may be queued (Proc-ID). `fields` are lib/contacts values (DMAPI parameter names), checked by the TLD's
 * rules before anything is sent; `lang`, `app-purpose`, `nexus-category*` cannot be changed later.
 */
export async function contactCreate(client: DmapiClient, input: ContactCreateInput): Promise<ContactCreateResult> {
  const { tld, fields } = contactCreateSchema.parse(input);
  const reply = await client.call('contact-create', { tld, ...contactParams(fields, 'create') }, WRITE);
  const out: ContactCreateResult = toWriteResult(reply);
  const handle = header(reply, 'Handle') ?? header(reply, 'Object-Name') ?? header(reply, 'Object-Id');
  if (handle) out.handle = handle;
  return out;
}

export type ContactModifyInput = z.input<typeof contactModifySchema>;

/**
 * DMAPI `contact-modify`. May be queued (Proc-ID). Fields left out or empty stay as they are; CLEAR_VALUE (`!@!`,
 * lib/contacts) clears one. `tld` picks the rules to check by and is not sent (Joker ignores it). The check judges
 * the change alone (lib/schemas contactModifySchema); a form holding the stored contact can check the merged result
 * with lib/contacts validateContact first.
 */
export async function contactModify(client: DmapiClient, input: ContactModifyInput): Promise<WriteResult> {
  const { handle, fields } = contactModifySchema.parse(input);
  return toWriteResult(await client.call('contact-modify', { handle, ...contactParams(fields, 'modify') }, WRITE));
}

export const contactDeleteSchema = z.object({ handle: contactHandle });

/** DMAPI `contact-delete`. May be queued (Proc-ID). Refused while a domain still uses the contact. */
export async function contactDelete(client: DmapiClient, input: z.input<typeof contactDeleteSchema>): Promise<WriteResult> {
  const v = contactDeleteSchema.parse(input);
  return toWriteResult(await client.call('contact-delete', { handle: v.handle }, WRITE));
}

export interface StoredContact {
  handle: string;
  /** Every `contact.<field>` line by its field name (`name`, `address-1`, `x-ficora-type` …), first value of each. */
  fields: Record<string, string>;
  created?: Date;
  modified?: Date;
}

const NOT_FIELDS = new Set(['handle', 'created.date', 'modified.date']);

/**
 * One contact as `query-whois contact=<handle>` shows it (`contact.name`, `contact.address-1`, …, and the dates).
 * Not queued. An unknown handle is refused with 2303 (DmapiError).
 */
export async function queryContact(client: DmapiClient, input: z.input<typeof contactDeleteSchema>): Promise<StoredContact> {
  const { handle } = contactDeleteSchema.parse(input);
  const reply = await client.call('query-whois', { contact: handle }, READ);
  const entries = parseKeyValues(reply.body);
  const fields: Record<string, string> = {};
  for (const [key, values] of Object.entries(entries)) {
    if (!key.startsWith('contact.')) continue;
    const name = key.slice('contact.'.length);
    if (!NOT_FIELDS.has(name) && values[0] !== undefined && values[0] !== '') fields[name] = values[0];
  }
  const out: StoredContact = { handle: entries['contact.handle']?.[0] ?? handle, fields };
  const created = parseDmapiDate(entries['contact.created.date']?.[0]);
  const modified = parseDmapiDate(entries['contact.modified.date']?.[0]);
  if (created) out.created = created;
  if (modified) out.modified = modified;
  return out;
}
