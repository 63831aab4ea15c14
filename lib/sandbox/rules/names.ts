import { domainToASCII } from 'node:url';
import { DmapiError } from '../errors';
import { tldOf } from '../state/store';
import type { SandboxState } from '../state/types';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The refusal for a TLD Joker does not offer: Joker's WHMCS and Clientexec modules recognise it by the phrase
 * "Domain with extension supported by Joker.com" in the Error text (lib/sandbox/README.md "Beyond the seeds").
 */
export function unsupportedTld(field: string, tld: string): string {
  return `${field}: not a Domain with extension supported by Joker.com (.${tld})`;
}

/** Lower-case ASCII (punycode for IDN) form of a domain name, or DmapiError naming `field`. */
export function normalizeDomain(state: SandboxState, raw: string, field = 'domain'): { name: string; tld: string } {
  const trimmed = raw.trim().replace(/\.$/, '').toLowerCase();
  const ascii = /^[\x00-\x7f]*$/.test(trimmed) ? trimmed : domainToASCII(trimmed);
  if (!ascii || ascii.length > 253) throw new DmapiError('syntax', `${field}: invalid domain name ${raw}`);
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) throw new DmapiError('syntax', `${field}: invalid domain name ${raw}`);
  const tld = tldOf(state, ascii);
  if (!state.prices[tld]) throw new DmapiError('policy', unsupportedTld(field, tld));
  if (ascii.split('.').length !== tld.split('.').length + 1) throw new DmapiError('syntax', `${field}: ${ascii} is not a second-level name under .${tld}`);
  return { name: ascii, tld };
}

/** A host name: LDH labels, at least two. */
export function isHostName(name: string): boolean {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.');
  return labels.length >= 2 && labels.length <= 127 && labels.every((l) => LABEL.test(l));
}
