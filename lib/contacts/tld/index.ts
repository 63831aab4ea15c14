import type { TldContactRules } from '../types';
import { cnRules } from './cn';
import { euRules } from './eu';
import { fiRules } from './fi';
import { seRules } from './se';
import { ukRules } from './uk';
import { usRules } from './us';

const RULES: Record<string, TldContactRules> = {
  us: usRules,
  eu: euRules, 'xn--e1a4c': euRules, 'xn--qxa6a': euRules,
  uk: ukRules, 'co.uk': ukRules, 'me.uk': ukRules, 'net.uk': ukRules, 'org.uk': ukRules, 'plc.uk': ukRules, 'ltd.uk': ukRules,
  fi: fiRules,
  se: seRules, 'pp.se': seRules, nu: seRules,
  cn: cnRules,
};

/** The TLD-specific contact rules for a TLD, or null for TLDs with none (com, net, de, ...). */
export function tldRulesFor(tld: string): TldContactRules | null {
  return RULES[tld.toLowerCase()] ?? null;
}
