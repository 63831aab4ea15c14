import { decodePortfolio, encodePortfolio, type ListRowLike } from './encode';
import type { PortfolioRow } from './types';

/** Test rows built through the real encode/decode path, so tests cover the wire format too. */
export const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

export function rowsFrom(list: ListRowLike[]): PortfolioRow[] {
  const tldOf = (d: string) => d.slice(d.indexOf('.') + 1);
  const toUnicode = (d: string) => (d === 'xn--mnchen-3ya.de' ? 'münchen.de' : d);
  return decodePortfolio(encodePortfolio(list, { tldOf, toUnicode }, NOW));
}

export const SAMPLE: ListRowLike[] = [
  { domain: 'alpha.de', expiration: new Date(NOW + 5 * DAY), statuses: ['production', 'lock', 'autorenew'], grants: ['@creator'], privacyStatus: 'pro', privacyExpiration: new Date(NOW + 300 * DAY) },
  { domain: 'beta.com', expiration: new Date(NOW + 45 * DAY), statuses: ['production'], grants: ['@admin:bob@example.com'] },
  { domain: 'xn--mnchen-3ya.de', expiration: new Date(NOW - 3 * DAY), statuses: ['production', 'autorenew'], privacyStatus: 'basic' },
  { domain: 'apple.de', expiration: new Date(NOW + 80 * DAY), statuses: ['production', 'autorenew'], privacyStatus: 'off' },
  { domain: 'gamma.co.uk', expiration: undefined, statuses: ['production', 'lock'] },
];
