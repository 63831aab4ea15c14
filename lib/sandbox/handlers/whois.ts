/**
 * query-whois and query-object (seeds 003/004 "Other Requests"): "exactly one of" domain, contact or host; "only
 * objects registered with Joker.com may be queried". Dotted `key: value` lines as docs/dmapi-notes.md ("Lists") shows them, some
 * repeated (`domain.nservers.nserver.no` / `.handle` pairs, one per name server — the pairs Joker's own clients read);
 * `domain.name` is the owner's name and dates are `YYYYMMDDHHMMSS` (`domain.created.date`, `domain.expires`).
 * Privacy (004 "Whois Privacy Services"): basic masks address and e-mails, pro everything; `internal=1` shows the
 * real data to the domain's holder. To other accounts personal data is redacted (GDPR) unless `gdpr-opt-in` is set.
 * query-object is deprecated and "may show data which not yet up-to-date"; the sandbox has no lag, so it is an alias.
 * Contacts and hosts are answered for the caller's own objects only.
 */
import { dmapiTimestamp } from '../clock';
import { DmapiError } from '../errors';
import { registerAlias, registerHandler } from '../registry';
import type { HandlerCtx } from '../context';
import type { Contact, Domain } from '../state/types';
import { linesBody } from '../wire/reply';

const OWNER_FIELDS = ['name', 'organization', 'email', 'address-1', 'address-2', 'address-3', 'city', 'state', 'postal-code', 'country', 'phone', 'fax'] as const;
const CONTACT_ORDER = ['name', 'fname', 'lname', 'title', 'individual', 'organization', 'email', 'address-1', 'address-2', 'address-3', 'city', 'state', 'postal-code', 'country', 'phone', 'extension', 'fax'];
/** Fields basic privacy leaves intact ("owner contact name and/or organisation left intact"). */
const BASIC_KEEPS = new Set(['name', 'organization', 'country']);
/** Fields a GDPR-redacted whois still shows. */
const GDPR_KEEPS = new Set(['organization', 'state', 'country']);
const REDACTED = 'REDACTED FOR PRIVACY';

function ownerLines(ctx: HandlerCtx, d: Domain, holder: boolean): string[] {
  const owner = ctx.state.contacts[d.ownerC]?.fields ?? {};
  const privacy = d.privacy !== 'none' && d.privacyActive && (d.privacyExpiresAt === null || d.privacyExpiresAt > ctx.now) ? d.privacy : 'none';
  const real = holder && ctx.params.flag('internal');
  const value = (f: string): string | undefined => {
    const v = owner[f] ?? (f === 'name' && owner.fname ? `${owner.fname} ${owner.lname ?? ''}`.trim() : undefined);
    if (v === undefined || real) return v;
    if (privacy === 'pro' || (privacy === 'basic' && !BASIC_KEEPS.has(f))) {
      if (f === 'email') return `${d.name.replace(/\./g, '-')}@privacy.sandbox.test`;
      if (f === 'name') return 'Domain Privacy Service';
      return f === 'country' ? v : 'Private';
    }
    if (!holder && (d.whoisOptOut || !d.gdprOptIn) && !GDPR_KEEPS.has(f)) return REDACTED;
    return v;
  };
  return OWNER_FIELDS.flatMap((f) => {
    const v = value(f);
    return v === undefined ? [] : [`domain.${f}: ${v}`];
  });
}

function domainWhois(ctx: HandlerCtx, raw: string): string[] {
  const name = raw.trim().toLowerCase().replace(/\.$/, '');
  const d = ctx.state.domains.get(name);
  if (!d) throw new DmapiError('notExists', `domain: ${name} is not registered with Joker.com`);
  const holder = d.uid === ctx.account.uid || ctx.state.grants.some((g) => g.domain === name && g.clientUid === ctx.account.uid);
  const status = [d.locked ? 'lock' : 'production', ...(d.autorenew ? ['autorenew'] : [])].join(',');
  const lines = [`domain: ${d.name}`, `domain.status: ${status}`, ...ownerLines(ctx, d, holder), `domain.handle: ${d.ownerC}`];
  lines.push(`domain.created.date: ${dmapiTimestamp(d.createdAt)}`, `domain.expires: ${dmapiTimestamp(d.expiresAt)}`);
  lines.push(`domain.admin-c: ${d.adminC}`, `domain.tech-c: ${d.techC}`, `domain.billing-c: ${d.billingC}`);
  d.ns.forEach((ns, i) => lines.push(`domain.nservers.nserver.no: ${i + 1}`, `domain.nservers.nserver.handle: ${ns}`));
  lines.push(`domain.dnssec: ${d.dnssec ? '1' : '0'}`);
  d.ds.forEach((ds, i) => lines.push(`domain.ds-${i + 1}: ${ds.raw}`));
  if (d.privacy !== 'none') {
    lines.push(`domain.privacy: ${d.privacyActive ? d.privacy : 'off'}`);
    if (d.privacyExpiresAt !== null) lines.push(`domain.privacy.expires: ${dmapiTimestamp(d.privacyExpiresAt)}`);
  }
  if (d.registrarTag) lines.push(`domain.registrar-tag: ${d.registrarTag}`);
  return lines;
}

function contactWhois(ctx: HandlerCtx, raw: string): string[] {
  const c: Contact | undefined = ctx.state.contacts[raw.trim().toUpperCase()];
  if (!c || c.uid !== ctx.account.uid) throw new DmapiError('notExists', `contact: ${raw} does not exist`);
  const keys = [...CONTACT_ORDER.filter((k) => c.fields[k] !== undefined), ...Object.keys(c.fields).filter((k) => !CONTACT_ORDER.includes(k)).sort()];
  return [
    `contact.handle: ${c.handle}`,
    ...keys.map((k) => `contact.${k}: ${c.fields[k] ?? ''}`),
    `contact.created.date: ${dmapiTimestamp(c.createdAt)}`,
    `contact.modified.date: ${dmapiTimestamp(c.modifiedAt)}`,
  ];
}

function hostWhois(ctx: HandlerCtx, raw: string): string[] {
  const name = raw.trim().toLowerCase().replace(/\.$/, '');
  const h = ctx.state.hosts[name];
  if (!h || h.uid !== ctx.account.uid) throw new DmapiError('notExists', `host: ${name} does not exist`);
  return [
    `host.fqdn: ${h.name}`,
    ...h.ipv4.map((ip) => `host.ipaddress: ${ip}`),
    ...h.ipv6.map((ip) => `host.ipaddress6: ${ip}`),
    `host.created.date: ${dmapiTimestamp(h.createdAt)}`,
    `host.modified.date: ${dmapiTimestamp(h.modifiedAt)}`,
  ];
}

registerHandler('query-whois', 'read', (ctx) => {
  const given = (['domain', 'contact', 'host'] as const).filter((f) => ctx.params.text(f) !== undefined);
  if (given.length === 0) throw new DmapiError('missing', 'domain: missing required parameter (exactly one of domain, contact or host)');
  if (given.length > 1) throw new DmapiError('policy', given.map((f) => `${f}: give exactly one of domain, contact or host`));
  const field = given[0] as 'domain' | 'contact' | 'host';
  const value = ctx.require(field);
  const lines = field === 'domain' ? domainWhois(ctx, value) : field === 'contact' ? contactWhois(ctx, value) : hostWhois(ctx, value);
  return ctx.ok({ body: linesBody(lines) });
});

registerAlias('query-object', 'query-whois');
