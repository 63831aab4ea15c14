import zonefile from 'dns-zonefile';
import { bindLines, bindTtl, words, type BindLine } from './bind-lines';
import { parseZone } from './parse';
import { validateRecord } from './serialize';
import { escapeZoneString } from './tokenize';
import { CAA_TAGS, DEFAULT_TTL, type CaaTag, type ZoneRecord } from './types';

export interface ImportNote {
  line: number;
  text: string;
  message: string;
}

export interface BindImport {
  records: ZoneRecord[];
  /** Records Joker.com cannot hold, each with the reason: listed, never dropped silently. */
  skipped: ImportNote[];
  /** Records imported with an adjustment (a TTL raised to Joker's minimum, a CAA flag dropped). */
  adjusted: ImportNote[];
}

type RecordLine = Extract<BindLine, { kind: 'record' }>;

const SKIP_REASONS: Record<string, string> = {
  SOA: 'Joker.com writes the zone’s SOA record itself.',
  PTR: 'PTR records belong in reverse zones, which Joker.com name service does not hold.',
  DS: 'DS records belong in the parent zone; DNSSEC is not offered on Joker.com name service.',
  DNSKEY: 'DNSSEC is not offered on Joker.com name service.',
  SPF: 'The SPF record type is obsolete (RFC 7208 §3.1): publish the policy as a TXT record.',
};

const MIN_TTL = 60;

/** BIND character-strings (`"a" "b"`, `\"`, `\DDD`) → one value, written with the zone format's escapes. */
function txtValue(rdata: string): string {
  let plain = '';
  for (const word of words(rdata)) {
    const inner = word.startsWith('"') && word.endsWith('"') && word.length >= 2 ? word.slice(1, -1) : word;
    plain += inner.replace(/\\([0-9]{3}|.)/g, (_m, esc: string) => (esc.length === 3 ? String.fromCharCode(Number(esc)) : esc));
  }
  return escapeZoneString(plain);
}

interface Context {
  origin: string;
  ttl: number;
  domain: string;
}

/** A name of the file (relative to $ORIGIN, `@`, or absolute) as a label of the zone, or null when outside it. */
function label(name: string, ctx: Context): string | null {
  const full = name === '@' ? ctx.origin : name.endsWith('.') ? name.slice(0, -1).toLowerCase() : `${name}.${ctx.origin}`.toLowerCase();
  if (full === ctx.domain) return '@';
  return full.endsWith(`.${ctx.domain}`) ? full.slice(0, -ctx.domain.length - 1) : null;
}

/**
 * A target host as Joker writes it, keeping the file's own form where Joker has the same one: `@` for the zone, a
 * single relative label as it is (when $ORIGIN is the zone), anything else in full with its trailing dot (see
 * isFullName).
 */
function host(name: string, ctx: Context): string {
  if (name === '@' && ctx.origin === ctx.domain) return '@';
  if (!name.endsWith('.') && !name.includes('.') && ctx.origin === ctx.domain) return name.toLowerCase();
  const full = (name === '@' ? ctx.origin : name.endsWith('.') ? name.slice(0, -1) : `${name}.${ctx.origin}`).toLowerCase();
  return full === ctx.domain ? '@' : `${full}.`;
}

/** One record through dns-zonefile, written out in full so the library needs no context. */
function viaLibrary(rec: RecordLine, ttl: number) {
  return zonefile.parse(`@ ${ttl} IN ${rec.type} ${rec.rdata}\n`);
}

function build(rec: RecordLine, lbl: string, ctx: Context, adjust: (message: string) => void): ZoneRecord | string {
  const ttl = rec.ttl ?? ctx.ttl;
  const base = { label: lbl, priority: 0, ttl, validFrom: 0, validTo: 0, params: [] as string[] };
  const z = viaLibrary(rec, ttl);
  switch (rec.type) {
    case 'A':
    case 'AAAA': {
      const ip = (rec.type === 'A' ? z.a : z.aaaa)?.[0]?.ip;
      return ip ? { ...base, type: rec.type, target: ip } : 'no address';
    }
    case 'CNAME':
      return z.cname?.[0] ? { ...base, type: 'CNAME', target: host(z.cname[0].alias, ctx) } : 'no target';
    case 'NS':
      if (lbl === '@') return 'The zone’s own name servers are Joker.com’s: set the domain’s name servers on the domain.';
      return z.ns?.[0] ? { ...base, type: 'NS', target: host(z.ns[0].host, ctx) } : 'no target';
    case 'MX':
      return z.mx?.[0] ? { ...base, type: 'MX', priority: z.mx[0].preference, target: host(z.mx[0].host, ctx) } : 'no target';
    case 'TXT':
      return { ...base, type: 'TXT', target: txtValue(z.txt?.[0]?.txt ?? rec.rdata) };
    case 'SRV': {
      const s = z.srv?.[0];
      if (!s) return 'incomplete SRV record';
      // The documented SRV form writes the full host without its trailing dot: `ldap.example.com:389`.
      const target = host(s.target, ctx);
      return { ...base, type: 'SRV', priority: s.priority, weight: s.weight, target: `${target.replace(/\.$/, '')}:${s.port}` };
    }
    case 'CAA': {
      const c = z.caa?.[0];
      if (!c) return 'incomplete CAA record';
      if (!(CAA_TAGS as readonly string[]).includes(c.tag)) return `Joker.com holds only the CAA tags ${CAA_TAGS.join(', ')}, not "${c.tag}".`;
      if (c.flags) adjust(`CAA flags ${c.flags} dropped: Joker.com writes CAA records with flags 0.`);
      return { ...base, type: 'CAA', caaTag: c.tag as CaaTag, target: c.value.replace(/^"|"$/g, '') };
    }
    case 'NAPTR': {
      const [order, pref, flags, service, regex, replacement] = words(rec.rdata);
      if (replacement === undefined) return 'incomplete NAPTR record';
      const unq = (w: string) => w.replace(/^"|"$/g, '');
      return { ...base, type: 'NAPTR', priority: Number(order), weight: Number(pref), target: replacement === '.' ? '.' : host(replacement, ctx), params: [unq(flags!), unq(service!), unq(regex!)] };
    }
    default:
      return SKIP_REASONS[rec.type] ?? `Joker.com’s zone format has no ${rec.type} records.`;
  }
}

/** Joker-only records the BIND export kept as `; joker:` comments come back as they were. */
function fromJokerComment(text: string): ZoneRecord | string {
  const parsed = parseZone(text, { txtPadding: 'none' });
  return parsed.records[0] ?? parsed.errors[0]?.message ?? 'not a zone record';
}

/**
 * Reads a BIND zone file for the zone `domain` (ASCII) into Joker records with dns-zonefile. Whatever Joker.com
 * cannot hold (SOA, apex NS, PTR, DS, other types, names outside the zone, records breaking Joker's rules) is listed
 * with its reason; a TTL below Joker's minimum is raised and listed.
 */
export function importBind(text: string, domain: string): BindImport {
  const ctx: Context = { origin: domain.toLowerCase(), ttl: DEFAULT_TTL, domain: domain.toLowerCase() };
  const out: BindImport = { records: [], skipped: [], adjusted: [] };
  for (const item of bindLines(text)) {
    const skip = (message: string) => out.skipped.push({ line: item.line, text: item.text, message });
    if (item.kind === 'bad') skip(item.reason);
    else if (item.kind === 'directive') {
      if (item.name === '$ORIGIN') ctx.origin = item.value.replace(/\.$/, '').toLowerCase();
      else if (item.name === '$TTL' && bindTtl(item.value) !== undefined) ctx.ttl = bindTtl(item.value) as number;
      else skip(`${item.name} is not supported: paste the included or generated records instead.`);
    } else if (item.kind === 'joker') {
      const r = fromJokerComment(item.text);
      if (typeof r === 'string') skip(r);
      else out.records.push(r);
    } else {
      const lbl = label(item.owner, ctx);
      if (item.klass !== 'IN') skip(`Only class IN records can be served, not ${item.klass}.`);
      else if (lbl === null) skip(`${item.owner} is outside the zone ${domain}.`);
      else {
        const notes: string[] = [];
        const built = build(item, lbl, ctx, (message) => notes.push(message));
        if (typeof built === 'string') skip(built);
        else add(out, item, built, notes);
      }
    }
  }
  return out;
}

function add(out: BindImport, item: RecordLine, record: ZoneRecord, notes: string[]): void {
  if (record.ttl < MIN_TTL && record.type !== 'NAPTR') {
    notes.push(`TTL ${record.ttl} raised to ${MIN_TTL}, Joker.com’s minimum.`);
    record.ttl = MIN_TTL;
  }
  const problems = validateRecord(record);
  if (problems.length > 0) {
    out.skipped.push({ line: item.line, text: item.text, message: problems.join('; ') });
    return;
  }
  out.records.push(record);
  for (const message of notes) out.adjusted.push({ line: item.line, text: item.text, message });
}
