/**
 * Contacts: query-contact-list, contact-create, contact-modify, contact-delete.
 */
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { cell, header, parseTable } from '../parse';
import { contactHandle, fromTo, pattern, READ, toWriteResult, WRITE, type WriteResult } from './common';
import { contactFieldShape, contactParams, hasName, missingRequired } from './contact-fields';

export const queryContactListSchema = z.object({
  pattern: pattern.optional(),
  from: fromTo.optional(),
  to: fromTo.optional(),
  tld: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/).optional(),
  extendedFormat: z.boolean().optional(),
});
export type QueryContactListInput = z.input<typeof queryContactListSchema>;

export interface ContactListRow {
  handle: string;
  name?: string;
  organization?: string;
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
    if (name) row.name = name;
    if (org) row.organization = org;
    return row;
  });
}

export const contactCreateSchema = z
  .object({ tld: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, 'Enter a TLD such as com'), ...contactFieldShape })
  .refine(hasName, 'Give a name, or a first and last name')
  .refine((v) => missingRequired(v).length === 0, 'E-mail, street, city, postal code, country and phone are required');
export type ContactCreateInput = z.input<typeof contactCreateSchema>;

export interface ContactCreateResult extends WriteResult {
  /** The new handle when the reply names it (`Handle` or `Object-Name`); otherwise follow the Proc-ID. */
  handle?: string;
}

/**
 * DMAPI `contact-create`. The handle prefix depends on the TLD (login with prefixes=1 lists them). Registry
 * contacts may be queued (Proc-ID). `lang`, `app-purpose`, `nexus-category*` cannot be changed later.
 */
export async function contactCreate(client: DmapiClient, input: ContactCreateInput): Promise<ContactCreateResult> {
  const { tld, ...fields } = contactCreateSchema.parse(input);
  const reply = await client.call('contact-create', { tld, ...contactParams(fields) }, WRITE);
  const out: ContactCreateResult = toWriteResult(reply);
  const handle = header(reply, 'Handle') ?? header(reply, 'Object-Name') ?? header(reply, 'Object-Id');
  if (handle) out.handle = handle;
  return out;
}

export const contactModifySchema = z.object({
  handle: contactHandle,
  ...contactFieldShape,
  /** Field names to clear (sent as `!@!`); omitted fields stay unchanged. */
  clear: z.array(z.enum(Object.keys(contactFieldShape).filter((k) => k !== 'extensions') as [string, ...string[]])).optional(),
});
export type ContactModifyInput = z.input<typeof contactModifySchema>;

/**
 * DMAPI `contact-modify`. May be queued (Proc-ID). Omitted fields stay as they are; `clear` sends `!@!`; `tld` is
 * ignored by Joker and never sent.
 */
export async function contactModify(client: DmapiClient, input: ContactModifyInput): Promise<WriteResult> {
  const { handle, clear, ...fields } = contactModifySchema.parse(input);
  return toWriteResult(await client.call('contact-modify', { handle, ...contactParams(fields, clear) }, WRITE));
}

export const contactDeleteSchema = z.object({ handle: contactHandle });

/** DMAPI `contact-delete`. May be queued (Proc-ID). Refused while a domain still uses the contact. */
export async function contactDelete(client: DmapiClient, input: z.input<typeof contactDeleteSchema>): Promise<WriteResult> {
  const v = contactDeleteSchema.parse(input);
  return toWriteResult(await client.call('contact-delete', { handle: v.handle }, WRITE));
}
