import { FLAG_AUTORENEW, FLAG_LOCK, FLAG_PRODUCTION, PRIVACY_LEVELS, type PortfolioPayload, type PortfolioRow } from './types';

/**
 * privacy-status values seen in lists: `basic`, `pro`, `off`/`none`/`-`, sometimes `basic (active)`-like text.
 * Only an active basic or pro counts; a subscription switched off shows no privacy in whois.
 */
export function privacyCode(status: string | undefined): number {
  if (!status) return 0;
  const s = status.toLowerCase();
  if (s.includes('off') || s.includes('inactive') || s.includes('disabled')) return 0;
  if (s.includes('pro')) return 2;
  if (s.includes('basic')) return 1;
  return 0;
}

const NO_GRANTS: string[] = [];

/** Payload → row objects, once per fetch in the browser. */
export function decodePortfolio(p: PortfolioPayload): PortfolioRow[] {
  const n = p.domain.length;
  const out: PortfolioRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const domain = p.domain[i] as string;
    const display = p.unicode[i] ?? domain;
    const flags = p.flags[i] ?? 0;
    const pe = p.privacyExp[i];
    out[i] = {
      i,
      domain,
      display,
      search: display === domain ? domain : `${display.toLowerCase()} ${domain}`,
      tld: p.tlds[p.tld[i] ?? 0] ?? '',
      expires: (p.exp[i] ?? 0) * 1000,
      production: (flags & FLAG_PRODUCTION) !== 0,
      locked: (flags & FLAG_LOCK) !== 0,
      autorenew: (flags & FLAG_AUTORENEW) !== 0,
      privacy: PRIVACY_LEVELS[p.privacy[i] ?? 0] ?? 'none',
      privacyExpires: pe ? pe * 1000 : 0,
      grants: p.grants[i] ?? NO_GRANTS,
      confirmedGrants: p.grantCounts?.[i]?.[0] ?? 0,
      pendingInvitations: p.pendingUnknown ? null : (p.grantCounts?.[i]?.[1] ?? 0),
    };
  }
  return out;
}
