import { isValidHostname } from '../../net/domain';
import { DmapiError } from '../errors';
import type { Account, Contact, SandboxState } from '../state/types';
import { isJokerNs } from '../seed/catalog';

/** The generic TLDs whose handles Joker lets you use across each other (CCOM-style handles). */
export const GENERIC = new Set(['com', 'net', 'org', 'info', 'biz', 'name', 'mobi']);

/** Whether a contact handle may be used for a domain under `tld`: same TLD, same handle prefix, or both generic. */
export function contactUsableFor(account: Account, contact: Contact, tld: string): boolean {
  if (contact.tld === tld) return true;
  if (GENERIC.has(contact.tld) && GENERIC.has(tld)) return true;
  const a = account.handlePrefixes[contact.tld];
  return a !== undefined && a === account.handlePrefixes[tld];
}

/** Checks the four contact roles of a register/transfer: existing, the account's own, valid for the TLD. */
export function checkContacts(state: SandboxState, account: Account, tld: string, handles: Array<[field: string, handle: string]>): string[] {
  const errors: string[] = [];
  for (const [field, handle] of handles) {
    const c = state.contacts[handle.toUpperCase()];
    if (!c || c.uid !== account.uid) errors.push(`${field}: contact ${handle} does not exist`);
    else if (!contactUsableFor(account, c, tld)) errors.push(`${field}: contact ${handle} cannot be used for .${tld} domains`);
  }
  return errors;
}

/**
 * ns-list: name servers separated by colons (the docs' examples also use commas, accepted too). Each must be a Joker
 * name server, a host created in the sandbox, or a host outside every domain the sandbox holds (it exists at another
 * registry); a host inside a sandbox domain must have been created first (glue).
 */
export function parseNsList(state: SandboxState, raw: string, field = 'ns-list'): string[] {
  const list = raw
    .split(/[:,\s]+/)
    .map((s) => s.trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean);
  if (list.length === 0) throw new DmapiError('missing', `${field}: at least one name server is required`);
  if (list.length > 13) throw new DmapiError('range', `${field}: at most 13 name servers`);
  const errors: string[] = [];
  for (const ns of list) {
    if (!isValidHostname(ns)) errors.push(`${field}: invalid name server ${ns}`);
    else if (!isJokerNs(ns) && !state.hosts[ns] && parentInSandbox(state, ns)) errors.push(`${field}: name server ${ns} does not exist (create the host first)`);
  }
  if (new Set(list).size !== list.length) errors.push(`${field}: a name server is listed twice`);
  if (errors.length) throw new DmapiError('policy', errors);
  return list;
}

function parentInSandbox(state: SandboxState, host: string): boolean {
  const labels = host.split('.');
  for (let i = 1; i < labels.length - 1; i++) if (state.domains.has(labels.slice(i).join('.'))) return true;
  return false;
}

export function onJokerNs(ns: readonly string[]): boolean {
  return ns.length > 0 && ns.every(isJokerNs);
}
