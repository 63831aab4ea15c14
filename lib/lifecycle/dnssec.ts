/**
 * DNSSEC key material for domain-modify's `ds-1` … `ds-6` (DMAPI documentation, domain-modify): one to six entries in
 * the form the TLD's registry takes, which inquire-tld's `dnssec` key names: `dsdata` (DS records,
 * `tag:alg:digest-type:digest`, com/net/org and most others) or `keydata` (DNSKEYs, `protocol:alg:flags:pubkey-base64`,
 * .de). Checked field by field, so a form can mark the one field that is wrong. Browser-safe; the sandbox's
 * domain-modify checks with the same rules.
 */

export type DnssecForm = 'dsdata' | 'keydata';

export const MAX_DS_ENTRIES = 6;

/** Hex digits of a DS digest per digest type (RFC 4034 SHA-1, RFC 4509 SHA-256, RFC 5933 GOST, RFC 6605 SHA-384). */
export const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { '1': 40, '2': 64, '3': 64, '4': 96 };

/** One entry as a form holds it; which fields count depends on the form. */
export interface DnssecEntry {
  keyTag?: string;
  algorithm?: string;
  digestType?: string;
  digest?: string;
  flags?: string;
  protocol?: string;
  publicKey?: string;
}

export type DnssecEntryErrors = Partial<Record<keyof DnssecEntry, string>>;

const trim = (v: string | undefined) => (v ?? '').trim();
/** Digests and keys are often pasted with blanks or line breaks; they are removed (as Joker's own clients do). */
const compact = (v: string | undefined) => (v ?? '').replace(/\s+/g, '');
const isInt = (v: string, min: number, max: number) => /^\d{1,5}$/.test(v) && Number(v) >= min && Number(v) <= max;

/** The problems of one entry, by field; empty when it is fine. */
export function dnssecEntryErrors(entry: DnssecEntry, form: DnssecForm): DnssecEntryErrors {
  const errors: DnssecEntryErrors = {};
  const algorithm = trim(entry.algorithm);
  if (!isInt(algorithm, 1, 255)) errors.algorithm = 'Algorithm: a number from 1 to 255 (e.g. 13)';
  if (form === 'dsdata') {
    if (!isInt(trim(entry.keyTag), 0, 65535)) errors.keyTag = 'Key tag: a number from 0 to 65535';
    const type = trim(entry.digestType);
    const length = DIGEST_HEX_LENGTH[type];
    if (!length) errors.digestType = 'Digest type: 1 (SHA-1), 2 (SHA-256), 3 (GOST) or 4 (SHA-384)';
    const digest = compact(entry.digest);
    if (!/^[0-9a-fA-F]+$/.test(digest)) errors.digest = 'Digest: hexadecimal digits only';
    else if (length && digest.length !== length) errors.digest = `Digest: digest type ${type} has ${length} hex digits (this has ${digest.length})`;
    return errors;
  }
  if (trim(entry.flags) !== '256' && trim(entry.flags) !== '257') errors.flags = 'Flags: 257 (key-signing key) or 256 (zone-signing key)';
  if (trim(entry.protocol) !== '3') errors.protocol = 'Protocol: always 3';
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(compact(entry.publicKey))) errors.publicKey = 'Public key: the base64 key of the DNSKEY record';
  return errors;
}

/** The `ds-N` value of a valid entry: `tag:alg:digest-type:DIGEST` or `protocol:alg:flags:pubkey`. */
export function dnssecValue(entry: DnssecEntry, form: DnssecForm): string {
  if (form === 'dsdata') return `${trim(entry.keyTag)}:${trim(entry.algorithm)}:${trim(entry.digestType)}:${compact(entry.digest).toUpperCase()}`;
  return `${trim(entry.protocol)}:${trim(entry.algorithm)}:${trim(entry.flags)}:${compact(entry.publicKey)}`;
}

/**
 * A stored `ds-N` value back into its fields, for showing what is set. DNSKEYs are read in either order of the three
 * numbers (the documentation's text says protocol:alg:flags, its example sends flags:protocol:alg).
 */
export function parseDnssecValue(raw: string, form: DnssecForm): DnssecEntry {
  const [a = '', b = '', c = '', ...rest] = raw.trim().split(':');
  const last = rest.join(':');
  if (form === 'dsdata') return { keyTag: a, algorithm: b, digestType: c, digest: last };
  if (a === '256' || a === '257') return { flags: a, protocol: b, algorithm: c, publicKey: last };
  return { protocol: a, algorithm: b, flags: c, publicKey: last };
}

/** The form a TLD takes from inquire-tld's `dnssec` value (`keydata`, `dsdata`, both, or nothing). */
export function dnssecFormOf(value: string | undefined): DnssecForm | null {
  const v = (value ?? '').toLowerCase();
  if (v.includes('dsdata')) return 'dsdata';
  if (v.includes('keydata')) return 'keydata';
  return null;
}
