import { normalizeDomainName } from '@/lib/net/domain';
import { toUnicodeDomain } from '@/lib/net/idn';
import { tldOf } from '@/lib/net/suffix';

/**
 * Lists of domain names as people paste them (one per line; commas, semicolons and blanks also separate; IDN
 * accepted): each line converted to the lower-case ASCII form the DMAPI takes, duplicates dropped, and every line that
 * is not a registrable name reported with its line number. Browser-safe: the register page checks as you type, the
 * server checks the same way again.
 */

export interface ListedName {
  /** ASCII (punycode) name. */
  domain: string;
  /** Unicode form for display. */
  display: string;
  tld: string;
}

export interface NameListProblem {
  line: number;
  text: string;
  message: string;
}

export interface NameList {
  names: ListedName[];
  problems: NameListProblem[];
  duplicates: number;
}

/** At most this many names in one bulk registration (one domain-check each before the summary). */
export const MAX_BULK_NAMES = 500;

export function parseNameList(text: string, allowedTlds?: readonly string[]): NameList {
  const names: ListedName[] = [];
  const problems: NameListProblem[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const allowed = allowedTlds ? new Set(allowedTlds.map((t) => t.toLowerCase())) : undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    for (const piece of raw.split(/[\s,;]+/)) {
      const word = piece.trim();
      if (word === '') continue;
      const domain = normalizeDomainName(word);
      if (domain === '') {
        problems.push({ line: index + 1, text: word, message: 'not a registrable domain name (such as example.com)' });
        continue;
      }
      const tld = tldOf(domain);
      if (allowed && !allowed.has(tld)) {
        problems.push({ line: index + 1, text: word, message: `your account cannot register .${tld} domains` });
        continue;
      }
      if (seen.has(domain)) {
        duplicates++;
        continue;
      }
      seen.add(domain);
      names.push({ domain, display: toUnicodeDomain(domain), tld });
    }
  });
  return { names, problems, duplicates };
}
