/**
 * /whois?domain=<ace>&disclaimer=0 (not under /request/; Joker's WHMCS module; lib/sandbox/README.md "Beyond the
 * seeds"): the public whois of a domain registered in the sandbox, inside a normal DMAPI reply. The module takes the
 * first token of each body line (minus `:`) as key and compares `DNSSEC` with `signedDelegation`. Only registry-level
 * facts are shown (no contact data). Without disclaimer=0 a `%` terms-of-use line comes first.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { linesBody } from '../wire/reply';

const iso = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

registerHandler(
  'whois',
  'read',
  (ctx) => {
    const name = ctx.require('domain').trim().toLowerCase().replace(/\.$/, '');
    const d = ctx.state.domains.get(name);
    if (!d) throw new DmapiError('notExists', `domain: no match for ${name}`);
    const lines: string[] = [];
    if (ctx.params.text('disclaimer') !== '0') lines.push('% Sandbox whois: data of the simulated registry, for testing only.');
    lines.push(
      `Domain Name: ${d.name.toUpperCase()}`,
      'Registrar: Joker.com',
      `Creation Date: ${iso(d.createdAt)}`,
      `Registry Expiry Date: ${iso(d.expiresAt)}`,
      `Domain Status: ${d.locked ? 'clientTransferProhibited' : 'ok'}`,
      ...d.ns.map((ns) => `Name Server: ${ns.toUpperCase()}`),
      `DNSSEC: ${d.dnssec && d.ds.length > 0 ? 'signedDelegation' : 'unsigned'}`,
    );
    return ctx.ok({ body: linesBody(lines) });
  },
  { via: 'root' },
);
