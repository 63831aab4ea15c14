import { normalizeDomainName, normalizeHostname } from '../../net/domain';
import { tldOf } from '../../net/suffix';
import { DmapiError } from '../errors';
import type { SandboxState } from '../state/types';

/**
 * The refusal for a TLD Joker does not offer: Joker's WHMCS and Clientexec modules recognise it by the phrase
 * "Domain with extension supported by Joker.com" in the Error text (lib/sandbox/README.md "Beyond the seeds").
 */
export function unsupportedTld(field: string, tld: string): string {
  return `${field}: not a Domain with extension supported by Joker.com (.${tld})`;
}

/**
 * Lower-case ASCII (punycode for IDN) form of a domain name, or DmapiError naming `field`. The name rules are
 * lib/net's (the panel checks the same); what this adds is the registry's policy: the TLD must be on the price list.
 */
export function normalizeDomain(state: SandboxState, raw: string, field = 'domain'): { name: string; tld: string } {
  const ascii = normalizeHostname(raw);
  if (!ascii) throw new DmapiError('syntax', `${field}: invalid domain name ${raw}`);
  const tld = tldOf(ascii);
  if (!state.prices[tld]) throw new DmapiError('policy', unsupportedTld(field, tld));
  if (!normalizeDomainName(ascii)) throw new DmapiError('syntax', `${field}: ${ascii} is not a second-level name under .${tld}`);
  return { name: ascii, tld };
}
