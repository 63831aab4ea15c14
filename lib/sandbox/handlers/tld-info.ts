/**
 * query-tld-list: Joker's reseller panel lists the TLDs by taking the first blank-separated token of each body line
 * (and sorts them itself); no other client or document describes the reply. **choice** (lib/sandbox/README.md): one
 * TLD per line, sorted, the same list login gives (the TLDs this account may order), Status-Code 0 like the other
 * classic query-* lists.
 *
 * inquire-tld tld=… (Joker's WHMCS module; lib/sandbox/README.md "Beyond the seeds"): `key: value` lines about a TLD.
 * The one key a client is known to read is `dnssec`, checked for `keydata` (offer the DNSKEY form) or `dsdata`
 * (offer the DS form): .de takes DNSKEY data (seed 002's DNSSEC FAQ), the others DS data. The other keys are the
 * sandbox's own choice, taken from its catalog.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { unsupportedTld } from '../rules/names';
import { AUTH_ID_EXEMPT, TLDS } from '../seed/catalog';
import { linesBody } from '../wire/reply';

registerHandler('query-tld-list', 'read', (ctx) => ctx.ok({ body: linesBody([...ctx.account.tlds].sort()) }));

registerHandler('inquire-tld', 'read', (ctx) => {
  const tld = ctx.require('tld').trim().toLowerCase().replace(/^\./, '');
  const info = TLDS.find((t) => t.tld === tld);
  if (!info || !ctx.state.prices[tld] || !ctx.account.tlds.includes(tld)) throw new DmapiError('policy', unsupportedTld('tld', tld));
  const lines = [
    `tld: ${tld}`,
    `dnssec: ${info.dnssec ? (tld === 'de' ? 'keydata' : 'dsdata') : 'no'}`,
    `min-period: 12`,
    `max-period: ${info.maxYears * 12}`,
    `privacy: ${info.privacy ? 'basic,pro' : 'no'}`,
    `transfer-auth-id: ${AUTH_ID_EXEMPT.has(tld) ? 'optional' : 'required'}`,
    `contact-handle-prefix: ${ctx.account.handlePrefixes[tld] ?? info.prefix}`,
  ];
  return ctx.ok({ body: linesBody(lines) });
});
