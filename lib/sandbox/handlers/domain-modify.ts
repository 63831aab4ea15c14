/**
 * domain-modify (seeds 003/004): billing-c, admin-c, tech-c, ns-list, registrar-tag and dnssec with ds-1…ds-6.
 * docs/dmapi-notes.md, "Modify requests": an empty value leaves a field unchanged, `!@!` clears it (only registrar-tag can be cleared: a
 * domain always has its contacts and at least one name server). Contacts must exist in the domain owner's account and
 * be usable for the TLD; name servers must be Joker's, created hosts, or outside the sandbox. DNSSEC: "0" removes,
 * "1" adds (ds-N required); entries are `tag:alg:digest-type:digest` for com/net/org and the other DS registries and
 * `flags:protocol:alg:pubkey-base64` (a DNSKEY, the 004 example for .de; the doc's text lists the first three numbers
 * in another order, both are read). Roles: contacts and registrar-tag need @admin, name servers and DNSSEC @tech.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { checkContacts, onJokerNs, parseNsList } from '../rules/links';
import { defaultZoneRecords } from '../rules/domain-factory';
import type { DsRecord } from '../state/types';
import type { Params } from '../wire/params';
import { dnssecEntryErrors, dnssecValue, parseDnssecValue } from '../../lifecycle/dnssec';

const CLEAR = '!@!';
const CONTACT_FIELDS = ['billing-c', 'admin-c', 'tech-c'] as const;
/** Registries that take a DNSKEY instead of a DS record (the 004 seed's "for de" format; inquire-tld says keydata). */
const DNSKEY_TLDS = new Set(['de']);

/**
 * One `ds-N` value checked against the TLD's format with the panel's own field rules (lib/lifecycle/dnssec.ts);
 * returns an error message naming the field, or the normalised record.
 */
export function parseDs(field: string, raw: string, tld: string): DsRecord | string {
  const parts = raw.trim().split(':');
  if (parts.length !== 4) return `${field}: expected four colon-separated fields`;
  if (!parts.slice(0, 3).every((n) => /^\d{1,5}$/.test(n))) return `${field}: the first three fields must be numbers`;
  const form = DNSKEY_TLDS.has(tld) ? 'keydata' : 'dsdata';
  const entry = parseDnssecValue(raw, form);
  const errors = Object.values(dnssecEntryErrors(entry, form));
  if (errors.length > 0) return `${field}: ${form === 'keydata' ? `.${tld} takes a DNSKEY; ` : ''}${errors.join('; ')}`;
  // A DNSKEY is stored as sent (either order of its three numbers, see parseDnssecValue); a DS record normalised.
  return { raw: form === 'keydata' ? raw.trim() : dnssecValue(entry, form) };
}

/** dnssec / ds-N: undefined = unchanged, [] = remove, else the new set. */
function parseDnssec(params: Params, tld: string): DsRecord[] | undefined {
  const dnssec = params.text('dnssec');
  const ds = params.withPrefix('ds-').filter(([, v]) => v.trim() !== '');
  if (dnssec === undefined) {
    if (ds.length) throw new DmapiError('policy', ds.map(([k]) => `${k}: only with dnssec=1`));
    return undefined;
  }
  if (dnssec !== '0' && dnssec !== '1') throw new DmapiError('syntax', 'dnssec: must be 0 or 1');
  if (dnssec === '0') {
    if (ds.length) throw new DmapiError('policy', ds.map(([k]) => `${k}: not allowed with dnssec=0`));
    return [];
  }
  if (ds.length === 0) throw new DmapiError('missing', 'ds-1: missing required parameter (dnssec=1 needs ds-1 … ds-6)');
  const errors: string[] = [];
  const records: DsRecord[] = [];
  for (const [k, v] of ds) {
    if (!/^ds-[1-6]$/.test(k)) {
      errors.push(`${k}: only ds-1 to ds-6 are accepted`);
      continue;
    }
    const r = parseDs(k, v, tld);
    if (typeof r === 'string') errors.push(r);
    else records.push(r);
  }
  if (errors.length) throw new DmapiError('syntax', errors);
  return records;
}

registerHandler('domain-modify', 'modify', (ctx) => {
  const p = ctx.params;
  const name = ctx.require('domain');
  const contactChanges = CONTACT_FIELDS.filter((f) => p.text(f) !== undefined);
  const tagRaw = p.text('registrar-tag');
  const nsRaw = p.text('ns-list');
  const needsAdmin = contactChanges.length > 0 || tagRaw !== undefined;
  const d = ctx.domainFor(name, needsAdmin ? ['@admin'] : ['@tech', '@admin']);

  const errors: string[] = [];
  for (const f of contactChanges) if (p.text(f) === CLEAR) errors.push(`${f}: a domain contact cannot be cleared`);
  if (nsRaw === CLEAR) errors.push('ns-list: the name servers cannot be cleared');
  if (errors.length) throw new DmapiError('policy', errors);
  const owner = ctx.state.accounts[d.uid] ?? ctx.account;
  const contactErrors = checkContacts(ctx.state, owner, d.tld, contactChanges.map((f) => [f, p.text(f) ?? '']));
  if (contactErrors.length) throw new DmapiError('notExists', contactErrors);
  const ns = nsRaw === undefined ? undefined : parseNsList(ctx.state, nsRaw);
  const ds = parseDnssec(p, d.tld);
  if (!needsAdmin && ns === undefined && ds === undefined) {
    throw new DmapiError('missing', 'domain: nothing to modify (give billing-c, admin-c, tech-c, ns-list, registrar-tag or dnssec)');
  }

  const changed: string[] = [];
  for (const f of contactChanges) {
    const handle = (p.text(f) ?? '').toUpperCase();
    if (f === 'billing-c') d.billingC = handle;
    else if (f === 'admin-c') d.adminC = handle;
    else d.techC = handle;
    changed.push(`${f}: ${handle}`);
  }
  if (tagRaw !== undefined) {
    d.registrarTag = tagRaw === CLEAR ? null : tagRaw;
    changed.push(`registrar-tag: ${d.registrarTag ?? ''}`);
  }
  if (ns) {
    d.ns = ns;
    // A domain moved onto Joker's name servers gets its Joker-served zone (as at registration).
    if (onJokerNs(ns) && !ctx.state.zones[d.name]) {
      ctx.state.zones[d.name] = { domain: d.name, uid: d.uid, dnssec: false, dyndns: { enabled: false, user: '', password: '' }, records: defaultZoneRecords(), modifiedAt: ctx.now };
    }
    changed.push(`ns-list: ${ns.join(':')}`);
  }
  if (ds) {
    d.dnssec = ds.length > 0;
    d.ds = ds;
    changed.push(`dnssec: ${d.dnssec ? '1' : '0'}`, ...ds.map((r, i) => `ds-${i + 1}: ${r.raw}`));
  }
  return ctx.queued({ object: d.name, body: [`domain: ${d.name}`, ...changed] });
});
