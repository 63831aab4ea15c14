/** Seeder 0: the demo accounts, the price list, promos and premium names. */
import { DAY } from '../clock';
import { registerSeeder } from '../registry';
import type { Account, PriceEntry } from '../state/types';
import { DEMO, PRIVACY_BASIC_CENTS, PRIVACY_PRO_CENTS, TLDS } from './catalog';

function priceTable(perYear: number, maxYears: number): Record<number, number> {
  const t: Record<number, number> = {};
  for (let y = 1; y <= maxYears; y++) t[y] = perYear * y;
  return t;
}

registerSeeder('base', 0, (ctx) => {
  const { state, now } = ctx;
  const tlds = TLDS.map((t) => t.tld).sort();
  const prefixes = Object.fromEntries(TLDS.map((t) => [t.tld, t.prefix]));
  const common = { currency: 'EUR', pendingCents: 0, rebate: 0, tlds, handlePrefixes: prefixes, lastLoginAt: null, lastLoginIp: null, lastErrorAt: null, lastErrorIp: null };
  const reseller: Account = {
    ...common,
    uid: DEMO.reseller.uid,
    login: DEMO.reseller.login,
    password: DEMO.reseller.password,
    apiKeys: [
      { key: DEMO.reseller.keys.full, access: '@full' },
      { key: DEMO.reseller.keys.modify, access: '@modify-only' },
      { key: DEMO.reseller.keys.readonly, access: '@readonly' },
    ],
    reseller: true,
    balanceCents: 250_000_00,
    contractDate: '2014-03-01',
    customerId: 'C-118472',
    profile: {
      fname: 'Sam', lname: 'Reseller', organization: 'Sandbox Hosting GmbH', 'address-1': 'Hafenstrasse 1', 'address-2': 'Haus B, 3. OG',
      city: 'Duesseldorf', 'postal-code': '40213', country: 'DE', phone: '+49.2111234567', fax: '+49.2111234569', email: DEMO.reseller.login,
      'vat-id': 'DE123456789', robot_email: 'dmapi-robot@sandbox.test', checkd_ip: '198.51.100.7,198.51.100.8',
      http: 'www.sandbox-hosting.test', url: 'https://www.sandbox-hosting.test/',
      // The reseller lines shown in whois: name, street, town, web site.
      whois1: 'Sandbox Hosting GmbH', whois2: 'Hafenstrasse 1', whois3: '40213 Duesseldorf, DE', whois4: 'https://www.sandbox-hosting.test/',
    },
  };
  const customer: Account = {
    ...common,
    uid: DEMO.customer.uid,
    login: DEMO.customer.login,
    password: DEMO.customer.password,
    apiKeys: [{ key: DEMO.customer.key, access: '@full' }],
    reseller: false,
    balanceCents: 40_00,
    contractDate: '2021-06-15',
    customerId: 'C-204511',
    profile: {
      fname: 'Casey', lname: 'Customer', organization: '', 'address-1': '5 Main Street', 'address-2': 'Apt 2', city: 'Springfield', state: 'IL',
      'postal-code': '62701', country: 'US', phone: '+1.2175550100', fax: '', email: DEMO.customer.login, 'vat-id': '', robot_email: DEMO.customer.login,
    },
  };
  state.accounts[reseller.uid] = reseller;
  state.accounts[customer.uid] = customer;

  for (const t of TLDS) {
    const entry: PriceEntry = {
      create: priceTable(t.create, t.maxYears),
      renew: priceTable(t.renew, t.maxYears),
      transfer: priceTable(t.transfer, t.maxYears),
      restore: t.restore,
      privacyBasic: t.privacy ? PRIVACY_BASIC_CENTS : 0,
      privacyPro: t.privacy ? PRIVACY_PRO_CENTS : 0,
      currency: 'EUR',
    };
    state.prices[t.tld] = entry;
  }
  // Promos of both kinds (query-promos-list): flex is per year over a range, exact is a total for exactly N years.
  state.promos.push(
    { tld: 'com', action: 'create', mode: 'flex', minYears: 1, maxYears: 1, priceCents: 699, startsAt: now - 10 * DAY, endsAt: now + 50 * DAY },
    { tld: 'eu', action: 'create', mode: 'flex', minYears: 1, maxYears: 3, priceCents: 325, startsAt: now - 5 * DAY, endsAt: now + 25 * DAY },
    { tld: 'info', action: 'renew', mode: 'exact', minYears: 2, maxYears: 2, priceCents: 2990, startsAt: now - 1 * DAY, endsAt: now + 60 * DAY },
    { tld: 'net', action: 'transfer', mode: 'flex', minYears: 1, maxYears: 1, priceCents: 899, startsAt: now + 20 * DAY, endsAt: now + 80 * DAY },
  );
  // Premium names: non-standard prices that need max-price (domain-check reports them as premium).
  for (const [domain, create, cls] of [
    ['cars.com', 250000, 'premium-3'],
    ['poker.net', 90000, 'premium-2'],
    ['hotel.eu', 45000, 'premium-1'],
    ['shop.info', 12000, 'premium-1'],
  ] as const) {
    state.premium[domain] = { domain, create, renew: Math.round(create / 10), transfer: Math.round(create / 10), domainClass: cls };
  }
});
