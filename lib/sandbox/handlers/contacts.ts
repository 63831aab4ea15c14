/**
 * Contacts: query-contact-list, contact-create, contact-modify, contact-delete (seeds 003/004 "Contacts"). The field
 * rules (generic, per TLD, seed 004's extension table, immutable fields) live in lib/contacts and are shared with the
 * panel's contact forms.
 */
import {
  applyContactDefaults, contactValues, isContactField, mergeContactModify, validateContact, type ContactFieldError,
} from '../../contacts';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
// "tld: limits output to contact handles which may be used with specified toplevel domain": the same rule that
// domain-register applies (same TLD or handle prefix, or both generic).
import { contactUsableFor } from '../rules/links';
import type { HandlerCtx } from '../context';
import type { Account, Contact, SandboxState } from '../state/types';
import { compileGlob } from '../../net/glob';
import type { Params } from '../wire/params';
import { listBody } from '../wire/reply';
import { listSlice, optionalFlag } from './list-params';

/** The contact fields among the parameters; others (auth-sid, tld, handle, cltrid, cache busters) are not stored. */
function fieldInput(params: Params): Record<string, string> {
  const input: Record<string, string> = {};
  for (const name of params.names()) {
    if (!isContactField(name)) continue;
    let value = params.get(name) ?? '';
    // The seeds' own example puts `phone=+1.422.8001` raw into a URL, where form decoding turns "+" into a blank.
    if ((name === 'phone' || name === 'fax') && /^ \d/.test(value)) value = `+${value.slice(1)}`;
    input[name] = value;
  }
  // Joker's reseller panel sends `language` where the seeds (and Joker's WHMCS module) say `lang`: both accepted.
  const language = params.get('language');
  if (language !== undefined && params.get('lang') === undefined) input.lang = language;
  return input;
}

/**
 * One `Error:` line per problem, each starting with its field: 2003 when something is missing, 2306 for a change to
 * a field that "cannot be modified later", else 2005.
 */
function refuse(errors: ContactFieldError[]): DmapiError {
  const lines = errors.map((e) => `${e.field}: ${e.message}`);
  if (errors.some((e) => /is required|required for/.test(e.message))) return new DmapiError('missing', lines);
  if (errors.some((e) => e.message.includes('cannot be modified'))) return new DmapiError('policy', lines);
  return new DmapiError('syntax', lines);
}

function prefixFor(account: Account, tld: string): string {
  return account.handlePrefixes[tld] ?? `C${tld.replace(/\./g, '').slice(0, 3).toUpperCase()}`;
}

/** The caller's own contact, or 2303 naming `handle`. */
export function ownContact(state: SandboxState, uid: string, handle: string): Contact {
  const contact = state.contacts[handle.toUpperCase()];
  if (!contact || contact.uid !== uid) throw new DmapiError('notExists', `handle: ${handle} does not exist`);
  return contact;
}

function newHandle(state: SandboxState, prefix: string): string {
  const seq = typeof state.ext.contactSeq === 'number' ? state.ext.contactSeq : 9_100_000;
  let n = seq;
  let handle: string;
  do {
    n += 1;
    handle = `${prefix}-${n}`;
  } while (state.contacts[handle]);
  state.ext.contactSeq = n;
  return handle;
}

/** "Without from/to the list is capped at 10000 entries" (Joker's own documentation of its clients). */
export const CONTACT_LIST_CAP = 10_000;

registerHandler('query-contact-list', 'read', (ctx) => {
  const p = ctx.params;
  const pattern = p.text('pattern');
  const re = pattern && pattern !== '*' ? compileGlob(pattern) : null;
  const extended = optionalFlag(p, 'extended-format');
  const tld = p.text('tld')?.toLowerCase().replace(/^\./, '');
  if (tld !== undefined && !ctx.account.tlds.includes(tld)) throw new DmapiError('range', `tld: ${tld} is not available`);
  const rows = Object.values(ctx.state.contacts)
    .filter((c) => c.uid === ctx.account.uid && (!re || re.test(c.handle)) && (!tld || contactUsableFor(ctx.account, c, tld)))
    .sort((a, b) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
  const paged = p.text('from') !== undefined || p.text('to') !== undefined;
  const page = paged ? listSlice(rows, p) : rows.slice(0, CONTACT_LIST_CAP);
  if (!extended) return ctx.ok({ body: listBody(page.map((c) => c.handle)) });
  // extended-format: "output columns are separated by tabs, and Columns header provides column names"; `-` if empty.
  // Joker's reseller panel and its Ruby client read a fourth column, email (lib/sandbox/README.md).
  const cell = (v: string | undefined): string => (v && v.trim() ? v.replace(/[\t\n]/g, ' ') : '-');
  const name = (c: Contact): string | undefined => c.fields.name ?? (c.fields.fname ? `${c.fields.fname} ${c.fields.lname ?? ''}`.trim() : undefined);
  const lines = page.map((c) => [c.handle, cell(name(c)), cell(c.fields.organization), cell(c.fields.email)].join('\t'));
  return ctx.ok({ headers: [['Columns', 'handle,name,organization,email'], ['Separator', 'TAB']], body: listBody(lines) });
});

/** Validates and stores a new contact; contact-create and /v2/contact/create (v2-contact.ts) share it. */
export function createContact(ctx: HandlerCtx): { handle: string; tld: string } {
  const tld = ctx.require('tld').toLowerCase().replace(/^\./, '');
  if (!ctx.account.tlds.includes(tld)) throw new DmapiError('range', `tld: ${tld} is not available for this account`);
  const input = fieldInput(ctx.params);
  const errors = validateContact(input, { tld, mode: 'create' });
  if (errors.length > 0) throw refuse(errors);
  const handle = newHandle(ctx.state, prefixFor(ctx.account, tld));
  const fields = applyContactDefaults(tld, contactValues(input));
  ctx.state.contacts[handle] = { handle, uid: ctx.account.uid, tld, fields, createdAt: ctx.now, modifiedAt: ctx.now };
  return { handle, tld };
}

registerHandler('contact-create', 'modify', (ctx) => {
  const { handle, tld } = createContact(ctx);
  const reply = ctx.queued({ object: handle }, { headers: [['Object-Name', handle]] });
  const procId = Number(reply.headers.find(([k]) => k === 'Proc-ID')?.[1] ?? 0);
  ctx.recordFree({ type: 'create-contact', object: handle, tld, periodMonths: 0, procId });
  return reply;
});

registerHandler('contact-modify', 'modify', (ctx) => {
  const contact = ownContact(ctx.state, ctx.account.uid, ctx.require('handle'));
  // "The field tld is not relevant for this request and will be ignored if present."
  const input = fieldInput(ctx.params);
  const errors = validateContact(input, { tld: contact.tld, mode: 'modify', existing: contact.fields });
  if (errors.length > 0) throw refuse(errors);
  contact.fields = mergeContactModify(contact.fields, input);
  if (contact.fields.country) contact.fields.country = contact.fields.country.toUpperCase();
  contact.modifiedAt = ctx.now;
  return ctx.queued({ object: contact.handle });
});

/** Domains (and transfers in flight) that name the contact in any role. */
function usersOf(state: SandboxState, handle: string): string[] {
  const names: string[] = [];
  for (const d of state.domains.values()) {
    if (d.ownerC === handle || d.adminC === handle || d.techC === handle || d.billingC === handle) names.push(d.name);
    if (names.length >= 5) return names;
  }
  for (const t of Object.values(state.transfers)) {
    if (Object.values(t.request).some((v) => v.toUpperCase() === handle)) names.push(t.domain);
  }
  return names.slice(0, 5);
}

registerHandler('contact-delete', 'modify', (ctx) => {
  const contact = ownContact(ctx.state, ctx.account.uid, ctx.require('handle'));
  const users = usersOf(ctx.state, contact.handle);
  if (users.length > 0) {
    throw new DmapiError('association', `handle: ${contact.handle} is in use by ${users.join(', ')}`);
  }
  delete ctx.state.contacts[contact.handle];
  return ctx.queued({ object: contact.handle });
});
