import { CAA_TAGS, RECORD_TYPES, type RecordType } from './types';

/** What a zone editor needs to render one record type's fields (DMAPI documentation, dns-zone-get). */
export interface RecordTypeInfo {
  type: RecordType;
  label: string;
  /** What `pri` means: 'zero' (always 0), or the number(s) it carries. */
  pri: 'zero' | 'preference' | 'priority/weight' | 'order/preference';
  /** Placeholder/help for the target. */
  target: string;
  /** Lowest TTL allowed ("at least 60 for all records except NAPTR"). */
  minTtl: number;
  /** TTL is "irrelevant and assumed to be 60 seconds" (MAILFW, URL, FRAME). */
  ttlIgnored: boolean;
  /** Names of the parameters after valid-to, in order. */
  params: readonly string[];
  /** The target (TXT, CAA value) is written in quotes. */
  quotedTarget: boolean;
  /** CAA only: the property tags. */
  tags?: readonly string[];
}

const INFO: Record<RecordType, Omit<RecordTypeInfo, 'type'>> = {
  A: { label: 'IPv4 address', pri: 'zero', target: '192.0.2.1', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  AAAA: { label: 'IPv6 address', pri: 'zero', target: '2001:db8::1', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  MX: { label: 'Mail exchanger', pri: 'preference', target: 'mail.example.com.', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  CNAME: { label: 'Alias', pri: 'zero', target: 'example.com.', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  TXT: { label: 'Text', pri: 'zero', target: 'key=value', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: true },
  SRV: { label: 'Service', pri: 'priority/weight', target: 'ldap.example.com:389', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  NAPTR: { label: 'Naming authority pointer', pri: 'order/preference', target: 'replacement, or . with a regex', minTtl: 0,
    ttlIgnored: false, params: ['flags', 'service', 'regex'], quotedTarget: false },
  CAA: { label: 'Certification authority authorization', pri: 'zero', target: 'letsencrypt.org', minTtl: 60, ttlIgnored: false,
    params: [], quotedTarget: true, tags: CAA_TAGS },
  URL: { label: 'URL redirect', pri: 'zero', target: 'https://example.com/', minTtl: 60, ttlIgnored: true, params: [], quotedTarget: false },
  FRAME: { label: 'Frame redirect', pri: 'zero', target: 'https://example.com/', minTtl: 60, ttlIgnored: true,
    params: ['HTTP headers', 'HTML head', 'title', 'body (noframes)'], quotedTarget: false },
  MAILFW: { label: 'Mail forward', pri: 'zero', target: 'someone@example.com', minTtl: 60, ttlIgnored: true,
    params: ['spam filter (0/1)'], quotedTarget: false },
  DYNA: { label: 'DynDNS IPv4', pri: 'zero', target: '192.0.2.1', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  DYNAAAA: { label: 'DynDNS IPv6', pri: 'zero', target: '2001:db8::1', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
  NS: { label: 'Name server (delegation)', pri: 'zero', target: 'ns1.example.net.', minTtl: 60, ttlIgnored: false, params: [], quotedTarget: false },
};

export function recordTypeInfo(type: RecordType): RecordTypeInfo {
  return { type, ...INFO[type] };
}

export function allRecordTypeInfo(): RecordTypeInfo[] {
  return RECORD_TYPES.map(recordTypeInfo);
}
