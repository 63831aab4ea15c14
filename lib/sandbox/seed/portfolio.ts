/**
 * Seeder 10/20: contacts per TLD, private hosts with glue, and the domains of the reseller (--domains N) and the
 * customer, with a realistic spread: expiring in 7/30/60/90 days and some in grace, locked/unlocked, autorenew on and
 * off, privacy basic/pro, DNSSEC, zones on Joker name servers. Built in one pass with no per-domain lookups so that
 * 100,000 domains seed in a few seconds.
 */
import { addMonths, DAY, HOUR } from '../clock';
import { registerSeeder } from '../registry';
import type { Rng } from '../rng';
import type { Contact, Domain, Host, SandboxState } from '../state/types';
import { JOKER_NS, TLDS } from './catalog';
import { label, personName } from './names';
import { richZone, smallZone } from './zones';
import { address } from './places';

/** How often each TLD appears in the portfolio (weights). */
const TLD_WEIGHTS: Record<string, number> = { com: 30, net: 8, org: 7, info: 4, de: 12, eu: 5, fi: 2, uk: 2, 'co.uk': 4, us: 3, se: 2, nu: 1, fr: 3, it: 3, nl: 4, be: 2, ca: 2, dk: 2, at: 4 };
const CONTACTS_PER_TLD = 6;
const COUNTRY: Record<string, string> = { de: 'DE', eu: 'DE', fi: 'FI', uk: 'GB', 'co.uk': 'GB', us: 'US', se: 'SE', nu: 'SE', fr: 'FR', it: 'IT', nl: 'NL', be: 'BE', ca: 'CA', dk: 'DK', at: 'AT' };

export function makeContact(state: SandboxState, rng: Rng, uid: string, tld: string, prefix: string, n: number, now: number): Contact {
  const { fname, lname } = personName(rng);
  const org = rng.chance(0.4) ? `${lname} ${rng.pick(['GmbH', 'Ltd', 'Oy', 'AB', 'SARL', 'BV', 'Inc'])}` : '';
  const country = COUNTRY[tld] ?? rng.pick(['DE', 'US', 'GB', 'FR', 'NL']);
  const handle = `${prefix}-${uid.slice(-3)}${String(n).padStart(4, '0')}`;
  // The same number of draws as before places.ts existed, so the rest of a seeded world did not move.
  const street = rng.next();
  const house = rng.int(1, 200);
  const place = rng.next();
  const postcode = rng.int(0, 89_999) / 90_000;
  const digits = `${rng.int(1, 49)}${rng.int(100000000, 999999999)}`;
  const fields: Record<string, string> = {
    name: `${fname} ${lname}`,
    fname,
    lname,
    organization: org,
    individual: org ? 'N' : 'Y',
    email: `${fname.toLowerCase()}.${lname.toLowerCase().replace(/\s/g, '')}@example-${tld.replace('.', '-')}.test`,
    ...address(country, { place, street, postcode }, house, digits),
  };
  if (tld === 'us') Object.assign(fields, { 'us-nexus-category': 'C11', 'us-nexus-application-purpose': 'P1' });
  if (tld === 'eu') Object.assign(fields, { lang: 'en', 'eu-citizenship': 'DE' });
  if (tld === 'uk' || tld === 'co.uk') Object.assign(fields, { 'account-type': org ? 'LTD' : 'IND', 'company-number': org ? String(rng.int(1000000, 9999999)) : '' });
  if (tld === 'fi') Object.assign(fields, { 'x-ficora-type': org ? 'company' : 'privateperson', 'x-ficora-is-finnish': 'yes', 'x-ficora-registernumber': org ? `${rng.int(1000000, 9999999)}-${rng.int(0, 9)}` : '', 'x-ficora-identity': org ? '' : `010180-${rng.int(100, 999)}A` });
  if (tld === 'se' || tld === 'nu') Object.assign(fields, { 'x-se-orgid': org ? `[SE]${rng.int(100000, 999999)}-${rng.int(1000, 9999)}` : `[SE]${rng.int(100000, 999999)}-${rng.int(1000, 9999)}`, 'x-se-vatid': org ? `SE${rng.int(100000000000, 999999999999)}` : '' });
  const at = now - rng.int(30, 2000) * DAY;
  const c: Contact = { handle, uid, tld, fields, createdAt: at, modifiedAt: at };
  state.contacts[handle] = c;
  return c;
}

/** Two DS records (`tag:alg:digest-type:digest`), or for .de two DNSKEYs (`flags:protocol:alg:pubkey`), as 004 says. */
function dsRecords(rng: Rng, tld: string): Array<{ raw: string }> {
  // Same draws for every TLD, so the rest of the seeded world does not shift with this TLD's format.
  const draws = [0, 1].map(() => ({ tag: rng.int(1000, 65000), hex: rng.hex(64) }));
  if (tld === 'de') return draws.map((d, i) => ({ raw: `${i === 0 ? 257 : 256}:3:13:${Buffer.from(d.hex, 'hex').toString('base64')}` }));
  return draws.map((d, i) => ({ raw: `${d.tag}:${i === 0 ? 13 : 8}:2:${d.hex.toUpperCase()}` }));
}

function pickTld(rng: Rng, table: Array<[string, number]>, total: number): string {
  let x = rng.next() * total;
  for (const [tld, w] of table) {
    x -= w;
    if (x < 0) return tld;
  }
  return 'com';
}

/** Remaining term: a few in each reminder bucket (7/30/60/90 days), some expired in grace, most 3 months to 9 years. */
function expiry(rng: Rng, now: number): number {
  const r = rng.next();
  if (r < 0.02) return now + rng.int(1, 7) * DAY + rng.int(0, 23) * HOUR;
  if (r < 0.05) return now + rng.int(8, 30) * DAY;
  if (r < 0.08) return now + rng.int(31, 60) * DAY;
  if (r < 0.11) return now + rng.int(61, 90) * DAY;
  if (r < 0.13) return now - rng.int(1, 28) * DAY; // expired, in the grace period
  return now + rng.int(91, 9 * 365) * DAY;
}

export interface PortfolioOptions {
  uid: string;
  count: number;
  /** Offset into the label sequence so two accounts never get the same names. */
  labelBase: number;
}

export function seedPortfolio(state: SandboxState, rng: Rng, now: number, opts: PortfolioOptions): Domain[] {
  const table = Object.entries(TLD_WEIGHTS);
  const total = table.reduce((s, [, w]) => s + w, 0);
  const contactsByTld = new Map<string, Contact[]>();
  let n = 1;
  for (const t of TLDS) {
    const list: Contact[] = [];
    for (let i = 0; i < CONTACTS_PER_TLD; i++) list.push(makeContact(state, rng, opts.uid, t.tld, t.prefix, n++, now));
    contactsByTld.set(t.tld, list);
  }
  const out: Domain[] = [];
  const privateNs: string[] = [];
  for (let i = 0; i < opts.count; i++) {
    const tld = pickTld(rng, table, total);
    const info = TLDS.find((t) => t.tld === tld) ?? TLDS[0];
    const name = `${label(opts.labelBase + i)}.${tld}`;
    if (state.domains.has(name)) continue;
    const contacts = contactsByTld.get(tld) ?? [];
    const owner = rng.pick(contacts);
    const admin = rng.chance(0.7) ? owner : rng.pick(contacts);
    const expiresAt = expiry(rng, now);
    const years = rng.int(1, 8);
    const createdAt = Math.min(addMonths(expiresAt, -12 * years), now - rng.int(1, 30) * DAY);
    const nsRoll = rng.next();
    let ns: string[];
    if (nsRoll < 0.7 || privateNs.length === 0) ns = [...JOKER_NS];
    else if (nsRoll < 0.88) ns = [rng.pick(privateNs), rng.pick(privateNs)].filter((v, k, a) => a.indexOf(v) === k);
    else ns = ['ns1.external-dns.test', 'ns2.external-dns.test'];
    const privacyRoll = info?.privacy ? rng.next() : 1;
    const privacy = privacyRoll < 0.15 ? 'basic' : privacyRoll < 0.22 ? 'pro' : 'none';
    const dnssec = rng.chance(0.05);
    const d: Domain = {
      name,
      tld,
      uid: opts.uid,
      createdAt,
      expiresAt,
      lastRenewAt: null,
      ownerC: owner.handle,
      adminC: admin.handle,
      techC: rng.pick(contacts).handle,
      billingC: rng.pick(contacts).handle,
      ns,
      locked: rng.chance(0.7),
      // Expired domains in grace stay there: with autorenew on the first tick would renew them at once.
      autorenew: expiresAt > now && rng.chance(0.6),
      whoisOptOut: false,
      gdprOptIn: rng.chance(0.1),
      privacy,
      privacyActive: privacy !== 'none' && rng.chance(0.9),
      privacyExpiresAt: privacy === 'none' ? null : rng.chance(0.7) ? expiresAt : now + rng.int(5, 200) * DAY,
      privacyOrigin: privacy === 'none' ? null : rng.pick(['registration', 'order', 'renew', 'transfer']),
      dnssec,
      ds: dnssec ? dsRecords(rng, tld) : [],
      registrarTag: null,
      language: null,
      properties: {},
      authId: rng.hex(12),
      transferLockUntil: rng.chance(0.05) ? now + rng.int(1, 59) * DAY : null,
      premium: false,
      pendingOwnerChange: null,
      verificationId: null,
      extra: {},
    };
    state.domains.set(name, d);
    out.push(d);
    // Every 40th domain owns glue hosts that later domains use as private name servers.
    if (i % 40 === 0) {
      for (const h of ['ns1', 'ns2']) {
        const host: Host = {
          name: `${h}.${name}`,
          uid: opts.uid,
          ipv4: [`${rng.int(1, 223) === 127 ? 128 : rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
          ipv6: rng.chance(0.5) ? [`2001:db8:${rng.int(1, 0xffff).toString(16)}::${h === 'ns1' ? 1 : 2}`] : [],
          createdAt,
          modifiedAt: createdAt,
        };
        state.hosts[host.name] = host;
        privateNs.push(host.name);
      }
    }
    if (ns[0] === JOKER_NS[0]) {
      state.zones[name] = { domain: name, uid: opts.uid, dnssec, dyndns: { enabled: false, user: '', password: '' }, records: out.length <= 30 ? richZone(name, rng) : smallZone(rng), modifiedAt: createdAt };
    }
  }
  return out;
}

registerSeeder('portfolio', 20, (ctx) => {
  seedPortfolio(ctx.state, ctx.rng, ctx.now, { uid: ctx.resellerUid, count: ctx.domainCount, labelBase: 0 });
  // The customer's own small portfolio; its labels start far past anything the reseller can get.
  seedPortfolio(ctx.state, ctx.rng, ctx.now, { uid: ctx.customerUid, count: 6, labelBase: 200_000 });
});
