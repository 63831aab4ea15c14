/**
 * Zones served by Joker's name servers: dns-zone-list, dns-zone-get, dns-zone-put (seeds 003/004 "Modify Zonedata",
 * docs/dmapi-notes.md "Zones"). A domain delegated to Joker's name servers has a zone (Joker's default parking zone
 * until the first put). The record syntax and rules live in lib/zone, shared with the panel's zone editor.
 */
import { formatZoneError, parseZone, serializeRecord, serializeZone, type ZoneRecord } from '../../zone';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { defaultZoneRecords } from '../rules/domain-factory';
import { isJokerNs } from '../seed/catalog';
import type { HandlerCtx } from '../context';
import type { Domain, SandboxState, Zone } from '../state/types';
import { compileGlob } from '../../net/glob';
import { listBody } from '../wire/reply';
import { optionalFlag } from './list-params';

/** Grant roles that may use zones (lib/sandbox/README.md, "Grant roles": @tech, and @admin who may do what @tech may). */
const ZONE_ROLES = ['@tech', '@admin'] as const;
const ZONE_LIST_ROLES = new Set<string>([...ZONE_ROLES, '@creator']);
const EMPTY_DYNDNS = { enabled: false, user: '', password: '' };

/**
 * Redirect destinations Joker's redirect service refuses (**choice**, lib/sandbox/README.md "Zones"): a policy of
 * the server that no client can check beforehand, so the panel's handling of a refused line can be proven.
 */
export const REDIRECT_BLOCKLIST = ['phishing.test', 'malware.test'];

/** URL and FRAME records whose destination host is on the blocklist, as `zone line N:` errors. */
function blockedRedirects(records: readonly ZoneRecord[], lines: readonly number[]): string[] {
  const out: string[] = [];
  records.forEach((r, i) => {
    if (r.type !== 'URL' && r.type !== 'FRAME') return;
    const host = new URL(r.target).hostname.toLowerCase();
    const hit = REDIRECT_BLOCKLIST.find((b) => host === b || host.endsWith(`.${b}`));
    if (hit) out.push(`zone line ${lines[i]}: ${r.type} destination ${host} is refused by the Joker.com redirect service (abuse policy)`);
  });
  return out;
}

export function onJokerNs(domain: Domain): boolean {
  return domain.ns.some(isJokerNs);
}

/**
 * The zone of a domain; one on Joker's name servers without a zone yet (e.g. just delegated by domain-modify) gets
 * the default zone Joker creates, as domain-register does.
 */
export function zoneOf(state: SandboxState, domain: Domain, now: number): Zone | undefined {
  const existing = state.zones[domain.name];
  if (existing) return existing;
  if (!onJokerNs(domain)) return undefined;
  const zone: Zone = { domain: domain.name, uid: domain.uid, dnssec: false, dyndns: { ...EMPTY_DYNDNS }, records: defaultZoneRecords(), modifiedAt: now };
  state.zones[domain.name] = zone;
  return zone;
}

/** The `domain` parameter: own, or granted with a role that may use zones; 2303/2202 otherwise. */
function zoneDomain(ctx: HandlerCtx): Domain {
  return ctx.domainFor(ctx.require('domain'), [...ZONE_ROLES]);
}

function ymd(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * "List zones (domains) which are managed and served by Joker.com name servers. Zones are listed one per line." Each
 * line is `zone expiration-date` (Joker's Python example reads row[1]); no trailing newline, like the other lists.
 */
registerHandler('dns-zone-list', 'read', (ctx) => {
  const pattern = ctx.params.text('pattern');
  const re = pattern && pattern !== '*' ? compileGlob(pattern) : null;
  const uid = ctx.account.uid;
  // Domains granted to this account with a role that may use zones are listed beside its own.
  const granted = new Set(ctx.state.grants.filter((g) => g.clientUid === uid && ZONE_LIST_ROLES.has(g.role)).map((g) => g.domain));
  // 100,000 domains: one pass, dates formatted once per distinct day, and the lines sorted as plain strings (a
  // line starts with its name and a blank, which sorts before any character a name may continue with).
  const days = new Map<number, string>();
  const lines: string[] = [];
  for (const d of ctx.state.domains.values()) {
    if ((d.uid !== uid && !granted.has(d.name)) || (re && !re.test(d.name))) continue;
    if (!ctx.state.zones[d.name] && !onJokerNs(d)) continue;
    const day = Math.floor(d.expiresAt / 86_400_000);
    let date = days.get(day);
    if (date === undefined) {
      date = ymd(d.expiresAt);
      days.set(day, date);
    }
    lines.push(`${d.name} ${date}`);
  }
  lines.sort();
  return ctx.ok({ body: listBody(lines) });
});

/** Stored lines back to records; a stored line this parser cannot read (seeded by hand) is served as it is. */
function storedRecords(records: readonly string[]): Array<ZoneRecord | string> {
  return records.map((line) => {
    const parsed = parseZone(line, { txtPadding: 'none' });
    return parsed.records[0] ?? line;
  });
}

registerHandler('dns-zone-get', 'read', (ctx) => {
  const includeDefaults = optionalFlag(ctx.params, 'include-defaults');
  const domain = zoneDomain(ctx);
  const zone = ctx.state.zones[domain.name];
  // A domain on Joker's name servers without a stored zone is served Joker's default zone (not stored by a read).
  if (!zone && !onJokerNs(domain)) throw new DmapiError('notExists', `domain: no zone for ${domain.name} is served by Joker.com name servers`);
  // The live server pads TXT values on the way out (`x TXT 0  "tok " 3600`); state.flags.padTxt switches it off.
  const options = { paddedTxt: ctx.state.flags.padTxt, includeDefaults };
  const served = zone ?? { dnssec: false, dyndns: EMPTY_DYNDNS, records: defaultZoneRecords() };
  const head = serializeZone({ directives: { dnssec: served.dnssec, dyndns: served.dyndns }, records: [] });
  const lines = storedRecords(served.records).map((r) => (typeof r === 'string' ? r : serializeRecord(r, options)));
  return ctx.ok({ body: head + lines.map((l) => `${l}\n`).join('') });
});

registerHandler('dns-zone-put', 'modify', (ctx) => {
  const domain = zoneDomain(ctx);
  const text = ctx.params.get('zone');
  if (text === undefined) throw new DmapiError('missing', 'zone: missing required parameter');
  // Bytes kept as sent: a client that writes the padded TXT form back gets what it asked for, as on the live server.
  const parsed = parseZone(text, { txtPadding: 'none' });
  // "An empty zone is refused (2400)."
  if (parsed.empty) throw new DmapiError('failed', 'zone: empty zone refused');
  // "In case if there are any errors, zone modification will not be accepted. All errors will be reported".
  if (parsed.errors.length > 0) throw new DmapiError('syntax', parsed.errors.map((e) => `zone ${formatZoneError(e)}`));
  const blocked = blockedRedirects(parsed.records, parsed.recordLines);
  if (blocked.length > 0) throw new DmapiError('policy', blocked);
  const zone = zoneOf(ctx.state, domain, ctx.now);
  if (!zone) {
    throw new DmapiError('statusProhibits', `domain: ${domain.name} is not delegated to Joker.com name servers (x.ns.joker.com, y.ns.joker.com, z.ns.joker.com)`);
  }
  if (parsed.directives.dnssec !== undefined) zone.dnssec = parsed.directives.dnssec;
  if (parsed.directives.dyndns !== undefined) zone.dyndns = { ...parsed.directives.dyndns };
  zone.records = parsed.records.map((r) => serializeRecord(r));
  zone.modifiedAt = ctx.now;
  const reply = ctx.queued({ object: domain.name });
  const procId = Number(reply.headers.find(([k]) => k === 'Proc-ID')?.[1] ?? 0);
  ctx.recordFree({ type: 'autons', object: domain.name, tld: domain.tld, periodMonths: 0, procId });
  return reply;
});
