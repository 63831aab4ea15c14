/**
 * Record types of the DMAPI zone format (DMAPI documentation, dns-zone-get/dns-zone-put), and NS: the documentation
 * does not list it, but dns-zone-get may hand back NS lines (`@ NS 0 <host> <ttl>`, which Joker's own WHMCS and
 * Clientexec modules read), so the model must hold them rather than drop them on the next save.
 */
export const RECORD_TYPES = [
  'A', 'AAAA', 'MX', 'CNAME', 'TXT', 'SRV', 'NAPTR', 'CAA', 'URL', 'FRAME', 'MAILFW', 'DYNA', 'DYNAAAA', 'NS',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** The documented CAA property tags (DMAPI documentation: issue, issuewild, iodef). */
export const CAA_TAGS = ['issue', 'issuewild', 'iodef'] as const;
export type CaaTag = (typeof CAA_TAGS)[number];

/**
 * One zone record. Quoted fields (TXT and CAA values, NAPTR and FRAME parameters) hold the raw text between the
 * quotes, escape sequences such as `\n` or `\"` untouched, so a record serializes back exactly as it was sent.
 */
export interface ZoneRecord {
  /** `@`, or a label relative to the zone (`www`, `_ldap._tcp`, `*`); for MAILFW the mailbox name. */
  label: string;
  type: RecordType;
  /** MX preference, SRV priority, NAPTR order; 0 for every other type. */
  priority: number;
  /** SRV weight or NAPTR preference (the part after "/" in `10/100`); undefined when pri had no "/". */
  weight?: number;
  /** Address, host, `host:port` (SRV), URL, e-mail address (MAILFW), TXT/CAA value, NAPTR replacement. */
  target: string;
  /** CAA property tag (`issue`, `issuewild`, `iodef`); only for CAA. */
  caaTag?: CaaTag;
  ttl: number;
  /** UNIX timestamps, "not implemented yet" per the DMAPI documentation, so usually 0. */
  validFrom: number;
  validTo: number;
  /** Record-specific parameters after valid-to: NAPTR flags/service/regex, FRAME headers/head/title/body, MAILFW spam flag, URL extras. */
  params: string[];
}

/** `$dyndns=yes:user:password` / `$dyndns=no::`. */
export interface DynDns {
  enabled: boolean;
  user: string;
  password: string;
}

/**
 * Stands for the DynDNS password in everything the panel sends to a browser or stores (the zone editor, history,
 * exports): the password itself stays at Joker.com. A save that carries this value keeps the password the zone has
 * at that moment.
 */
export const DYNDNS_PASSWORD_KEPT = '(unchanged)';

export interface ZoneDirectives {
  /** `$dnssec=yes|no`; undefined when the line was absent. */
  dnssec?: boolean;
  dyndns?: DynDns;
}

/** One error per bad line, 1-based line number as in the text sent. */
export interface ZoneLineError {
  line: number;
  message: string;
}

/** What a zone is for the editor, the diff and the serializer: its directives and its records, in order. */
export interface ZoneLike {
  directives: ZoneDirectives;
  records: readonly ZoneRecord[];
}

export interface ParsedZone {
  directives: ZoneDirectives;
  records: ZoneRecord[];
  /** For each record, the 1-based line it came from (same index as `records`). */
  recordLines: number[];
  errors: ZoneLineError[];
  /** No directive and no record: dns-zone-put refuses this with 2400. */
  empty: boolean;
}

/** The TTL the DMAPI assumes when a record's TTL is left out (DMAPI documentation: "if empty, the default is 86400"). */
export const DEFAULT_TTL = 86400;

/** A line of a dns-zone-get body that lib/zone cannot read: shown to the user, never dropped without a word. */
export interface UnreadableLine {
  line: number;
  text: string;
  message: string;
}

/**
 * A zone as the panel hands it to a browser: directives with the DynDNS password hidden, the records, the lines it
 * could not read, and the version the conflict check compares (a keyed hash of the zone text as Joker served it).
 */
export interface ZoneView {
  domain: string;
  directives: ZoneDirectives;
  records: ZoneRecord[];
  unreadable: UnreadableLine[];
  version: string;
}
