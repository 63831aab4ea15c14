/**
 * Seeder 90: brings the seeded contacts and hosts in line with the rules the contact and host handlers enforce, so a
 * demo contact can be modified without tripping over data no real registry would hold. Runs after every other
 * seeder, touches only what is off, and draws no randomness (values derive from the handle), so `--seed N` stays
 * reproducible whatever the other seeders do.
 *  - .us: the documented names app-purpose / nexus-category / nexus-category-country;
 *  - .eu: citizenship as x-eu-country-of-citizenship (seed 004's extension);
 *  - .se/.nu: orgid "[SE]NNNNNN-NNNN" with a valid Luhn digit, personal without organisation; vatid;
 *  - .fi: companies get the legal e-mail seed 004 requires;
 *  - hosts: IPv4 glue from IANA-reserved ranges is replaced by a public address.
 */
import { validateContact } from '../../contacts';
import { isReservedIpv4 } from '../../net/ip';
import { registerSeeder } from '../registry';
import type { Contact, Host } from '../state/types';

const RENAMES: Record<string, Record<string, string>> = {
  us: { 'us-nexus-category': 'nexus-category', 'us-nexus-application-purpose': 'app-purpose', 'us-app-purpose': 'app-purpose' },
  eu: { 'eu-citizenship': 'x-eu-country-of-citizenship' },
  se: { 'x-se-orgid': 'orgid', 'x-se-vatid': 'vatid' },
  nu: { 'x-se-orgid': 'orgid', 'x-se-vatid': 'vatid' },
};

/** Small stable hash of a string (FNV-1a), for deterministic made-up numbers. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function luhnDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let d = Number(nine[nine.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A valid Swedish number: personal (YYMMDD-NNNC) or organisational (556NNN-NNNC). */
export function swedishNumber(seed: string, organisation: boolean): string {
  const h = hash(seed);
  const nine = organisation
    ? `556${String(h % 1_000_000).padStart(6, '0')}`
    : `${String(50 + (h % 40)).padStart(2, '0')}${String(1 + (h % 12)).padStart(2, '0')}${String(1 + ((h >>> 8) % 28)).padStart(2, '0')}${String((h >>> 4) % 1000).padStart(3, '0')}`;
  const ten = nine + luhnDigit(nine);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export function fixContact(contact: Contact): void {
  const f = contact.fields;
  for (const [key, value] of Object.entries(f)) if (value.trim() === '') delete f[key];
  for (const [from, to] of Object.entries(RENAMES[contact.tld] ?? {})) {
    if (f[from] === undefined) continue;
    if (f[to] === undefined) f[to] = f[from] as string;
    delete f[from];
  }
  if (contact.tld === 'us') {
    f['app-purpose'] ??= 'P1';
    f['nexus-category'] ??= 'C11';
    f['nexus-category-country'] ??= 'US';
  }
  if (contact.tld === 'se' || contact.tld === 'nu') {
    // A seeded "[SE]123456-1234" rarely passes the Luhn check; make a valid one of the right kind.
    const orgidBad = validateContact(f, { tld: contact.tld, mode: 'create' }).some((e) => e.field === 'orgid');
    if (orgidBad) f.orgid = `[SE]${swedishNumber(contact.handle, f.organization !== undefined)}`;
  }
  if (contact.tld === 'fi' && f['x-ficora-type'] === 'company' && f['x-ficora-legalemail'] === undefined && f.email) {
    f['x-ficora-legalemail'] = f.email;
  }
}

export function fixHost(host: Host): void {
  host.ipv4 = host.ipv4.map((ip) => {
    if (!isReservedIpv4(ip)) return ip;
    const h = hash(host.name);
    return `185.${h % 256}.${(h >>> 8) % 256}.${1 + ((h >>> 16) % 254)}`;
  });
}

registerSeeder('contacts-hosts-fixup', 90, (ctx) => {
  for (const contact of Object.values(ctx.state.contacts)) fixContact(contact);
  for (const host of Object.values(ctx.state.hosts)) fixHost(host);
});
