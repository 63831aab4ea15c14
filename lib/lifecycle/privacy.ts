/**
 * How many years a domain-privacy-order bills (DMAPI documentation, "Whois Privacy Services"): `period` months, or up
 * to `expyear`, or without either "for remaining domain lifetime". A running subscription of the same or a lower
 * level is extended from its end; an upgrade basic → pro starts now. Billed per started year of the new term (the
 * sandbox's choice where the documentation is silent, lib/sandbox/README.md). Browser-safe.
 */

const YEAR_MS = 365 * 86_400_000;

export interface PrivacyTermInput {
  now: number;
  /** The domain's expiration (epoch ms). */
  domainExpires: number | undefined;
  /** The running subscription: the level bought and when it ends; none when there is none. */
  current: 'none' | 'basic' | 'pro';
  currentExpires: number | undefined;
  level: 'basic' | 'pro';
  term: 'remaining' | 'years' | 'expyear';
  years?: number | undefined;
  expyear?: number | undefined;
}

export interface PrivacyTerm {
  /** Years billed; 0 when nothing would be ordered. */
  years: number;
  /** When the subscription would end (epoch ms). */
  until: number | undefined;
  /** Why nothing can be ordered this way. */
  problem?: string;
}

export function privacyTerm(v: PrivacyTermInput): PrivacyTerm {
  const extending = v.current !== 'none' && !(v.level === 'pro' && v.current === 'basic') && v.currentExpires !== undefined && v.currentExpires > v.now;
  const start = extending ? (v.currentExpires as number) : v.now;
  let until: number;
  if (v.term === 'years') {
    const d = new Date(start);
    until = Date.UTC(d.getUTCFullYear() + (v.years ?? 1), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  } else if (v.term === 'expyear') {
    const startYear = new Date(start).getUTCFullYear();
    if (v.expyear === undefined) return { years: 0, until: undefined, problem: 'Enter the year privacy should run until' };
    if (v.current === v.level && startYear >= v.expyear) return { years: 0, until: start, problem: `Privacy already runs until ${startYear}: nothing would be ordered` };
    if (v.expyear <= new Date(v.now).getUTCFullYear()) return { years: 0, until: undefined, problem: `${v.expyear} has already begun` };
    const d = new Date(start);
    until = Date.UTC(v.expyear, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  } else {
    if (v.domainExpires === undefined) return { years: 0, until: undefined, problem: 'The expiration date is not known' };
    if (start >= v.domainExpires) return { years: 0, until: start, problem: 'The running subscription already covers the remaining term' };
    until = v.domainExpires;
  }
  return { years: Math.max(1, Math.ceil((until - start) / YEAR_MS - 0.01)), until };
}
