import zonefile from 'dns-zonefile';
import { JOKER_COMMENT } from './bind-lines';
import { isFullName } from './keys';
import { serializeRecord } from './serialize';
import { TXT_STRING_LENGTH } from './rules';
import { unescapeZoneString } from './tokenize';
import { DEFAULT_TTL, type RecordType, type ZoneLike, type ZoneRecord } from './types';

/** Types only Joker.com has: no BIND equivalent, exported as `; joker:` comments that the import reads back. */
export const JOKER_ONLY_TYPES: ReadonlySet<RecordType> = new Set(['URL', 'FRAME', 'MAILFW', 'DYNA', 'DYNAAAA']);

/** generate() takes a template as its second argument (its JavaScript does; its type declaration omits it). */
const generate = zonefile.generate as (zone: Parameters<typeof zonefile.generate>[0], template: string) => string;

/** dns-zonefile's generate() fills these sections in; the SOA (Joker.com writes its own) is left out. */
const TEMPLATE = '{$origin}\n{$ttl}\n\n{ns}\n{mx}\n{a}\n{aaaa}\n{cname}\n{txt}\n{srv}\n{caa}\n';

/** A target host for BIND: full names (isFullName) get their trailing dot, `@` and single labels stay relative. */
function bindHost(target: string): string {
  return target !== '@' && isFullName(target) && !target.endsWith('.') ? `${target}.` : target;
}

/** A BIND character-string for each 255 characters (RFC 1035 §3.3), quotes and backslashes escaped. */
function characterStrings(raw: string): string {
  const plain = unescapeZoneString(raw);
  const parts: string[] = [];
  for (let i = 0; i < plain.length || parts.length === 0; i += TXT_STRING_LENGTH) parts.push(plain.slice(i, i + TXT_STRING_LENGTH));
  return parts.map((p) => `"${p.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(' ');
}

function naptrLine(r: ZoneRecord): string {
  const [flags = '', service = '', regex = ''] = r.params;
  return `${r.label}\t${r.ttl}\tIN\tNAPTR\t${r.priority} ${r.weight ?? 0} "${flags}" "${service}" "${regex}" ${r.target === '.' ? '.' : bindHost(r.target)}`;
}

/**
 * The zone as a BIND zone file (RFC 1035 §5) written by dns-zonefile: $ORIGIN, $TTL, then the records by type.
 * NAPTR is added after them (dns-zonefile does not write it); Joker-only types follow as `; joker:` comments. The
 * DynDNS password never appears: the `$dyndns` setting is named in a comment without it.
 */
export function exportBind(zone: ZoneLike, domain: string, now = new Date()): string {
  const by = (type: RecordType) => zone.records.filter((r) => r.type === type);
  const name = (r: ZoneRecord) => r.label;
  const generated = generate(
    {
      $origin: `${domain}.`,
      $ttl: DEFAULT_TTL,
      soa: {} as never,
      ns: by('NS').map((r) => ({ name: name(r), host: bindHost(r.target), ttl: r.ttl })),
      mx: by('MX').map((r) => ({ name: name(r), preference: r.priority, host: bindHost(r.target), ttl: r.ttl })),
      a: by('A').map((r) => ({ name: name(r), ip: r.target, ttl: r.ttl })),
      aaaa: by('AAAA').map((r) => ({ name: name(r), ip: r.target, ttl: r.ttl })),
      cname: by('CNAME').map((r) => ({ name: name(r), alias: bindHost(r.target), ttl: r.ttl })),
      txt: by('TXT').map((r) => ({ name: name(r), txt: characterStrings(r.target), ttl: r.ttl })),
      srv: by('SRV').map((r) => {
        const at = r.target.lastIndexOf(':');
        return { name: name(r), priority: r.priority, weight: r.weight ?? 0, port: Number(r.target.slice(at + 1)), target: bindHost(r.target.slice(0, at)), ttl: r.ttl };
      }),
      caa: by('CAA').map((r) => ({ name: name(r), flags: 0, tag: r.caaTag ?? 'issue', value: `"${r.target}"`, ttl: r.ttl })),
    },
    TEMPLATE,
  );
  const head = [`; Zone ${domain}, exported ${now.toISOString()}`, '; The SOA and the apex NS records are Joker.com’s own and not part of this file.'];
  const tail: string[] = by('NAPTR').map(naptrLine);
  const jokerOnly = zone.records.filter((r) => JOKER_ONLY_TYPES.has(r.type));
  if (jokerOnly.length > 0 || zone.directives.dyndns?.enabled) {
    tail.push('', '; Joker.com-only records (no BIND equivalent), in the DMAPI zone format; an import into the panel restores them.');
    if (zone.directives.dyndns?.enabled) tail.push(`; DynDNS is on for user ${zone.directives.dyndns.user} (the password is not exported).`);
    for (const r of jokerOnly) tail.push(`${JOKER_COMMENT}${serializeRecord(r)}`);
  }
  return `${[...head, generated.trim(), ...tail].join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
