/** The TLDs the sandbox sells (at least the 19 the panel offers), their contact-handle prefixes and list prices. */
export interface TldInfo {
  tld: string;
  prefix: string;
  /** Yearly create/renew/transfer prices in cents (EUR). */
  create: number;
  renew: number;
  transfer: number;
  restore: number;
  /** Whois privacy is offered for most generic TLDs only. */
  privacy: boolean;
  dnssec: boolean;
  /** Longest registration period in years. */
  maxYears: number;
}

export const TLDS: readonly TldInfo[] = [
  { tld: 'com', prefix: 'CCOM', create: 1016, renew: 1316, transfer: 1016, restore: 6900, privacy: true, dnssec: true, maxYears: 10 },
  { tld: 'net', prefix: 'CNET', create: 1229, renew: 1429, transfer: 1229, restore: 6900, privacy: true, dnssec: true, maxYears: 10 },
  { tld: 'org', prefix: 'CORG', create: 1180, renew: 1380, transfer: 1180, restore: 6900, privacy: true, dnssec: true, maxYears: 10 },
  { tld: 'info', prefix: 'CINF', create: 350, renew: 2190, transfer: 1990, restore: 6900, privacy: true, dnssec: true, maxYears: 10 },
  { tld: 'de', prefix: 'CDEN', create: 390, renew: 390, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 1 },
  { tld: 'eu', prefix: 'CEUR', create: 446, renew: 596, transfer: 596, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'fi', prefix: 'CFIN', create: 1590, renew: 1590, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 5 },
  { tld: 'uk', prefix: 'CUKN', create: 690, renew: 690, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'co.uk', prefix: 'CUKN', create: 690, renew: 690, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'us', prefix: 'CUSN', create: 890, renew: 1090, transfer: 1090, restore: 6900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'se', prefix: 'CSEN', create: 1390, renew: 1390, transfer: 1390, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'nu', prefix: 'CNUN', create: 1890, renew: 1890, transfer: 1890, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'fr', prefix: 'CFRN', create: 790, renew: 990, transfer: 790, restore: 1900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'it', prefix: 'CITN', create: 790, renew: 990, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 1 },
  { tld: 'nl', prefix: 'CNLN', create: 590, renew: 790, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 1 },
  { tld: 'be', prefix: 'CBEN', create: 590, renew: 690, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 1 },
  { tld: 'ca', prefix: 'CCAN', create: 1190, renew: 1390, transfer: 1390, restore: 6900, privacy: false, dnssec: true, maxYears: 10 },
  { tld: 'dk', prefix: 'CDKN', create: 990, renew: 990, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 5 },
  { tld: 'at', prefix: 'CATN', create: 1190, renew: 1190, transfer: 0, restore: 1900, privacy: false, dnssec: true, maxYears: 1 },
];

/** Joker's name servers the seeded world delegates to (the defaults before 2024). */
export const JOKER_NS = ['a.ns.joker.com', 'b.ns.joker.com', 'c.ns.joker.com'] as const;

/**
 * Every name server that counts as Joker's (a domain delegated to them gets a Joker-served zone): the defaults since
 * 2024 (x/y/z, what Joker's own clients register with), the earlier a/b/c and a.ns.nrw.net (lib/sandbox/README.md
 * "Beyond the seeds").
 */
export const JOKER_NAME_SERVERS: ReadonlySet<string> = new Set([...['a', 'b', 'c', 'x', 'y', 'z'].map((l) => `${l}.ns.joker.com`), 'a.ns.nrw.net']);

export function isJokerNs(host: string): boolean {
  return JOKER_NAME_SERVERS.has(host.trim().toLowerCase().replace(/\.$/, ''));
}

/**
 * TLDs whose incoming transfer needs no transfer-auth-id: .eu (seeds 003/004) and .uk (with .co.uk, the same
 * registry) and .at (Joker's older reference: "required for all domains excluding uk and at"). README "Beyond the seeds".
 */
export const AUTH_ID_EXEMPT: ReadonlySet<string> = new Set(['eu', 'uk', 'co.uk', 'at']);

export const PRIVACY_BASIC_CENTS = 290;
export const PRIVACY_PRO_CENTS = 590;

export const DEMO = {
  reseller: {
    uid: '118472',
    login: 'reseller@sandbox.test',
    password: 'sandbox-reseller',
    keys: { full: 'sandbox-full-key', modify: 'sandbox-modify-key', readonly: 'sandbox-readonly-key' },
  },
  customer: { uid: '204511', login: 'customer@sandbox.test', password: 'sandbox-customer', key: 'sandbox-customer-key' },
} as const;
