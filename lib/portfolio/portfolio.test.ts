import { describe, expect, it } from 'vitest';
import { portfolioCsv } from './csv';
import { chartScale, computeDashboard, renewalPrices } from './dashboard';
import { DEFAULT_FILTERS, filterRows, type PortfolioFilters, sortRows } from './filter';
import { NOW, rowsFrom, SAMPLE } from './fixtures';
import { domainsHref, filtersFromParams, filtersToQuery } from './url-state';

const rows = rowsFrom(SAMPLE);
const names = (list: { domain: string }[]) => list.map((r) => r.domain);
const f = (partial: Partial<PortfolioFilters>) => ({ ...DEFAULT_FILTERS, ...partial });

describe('encode/decode', () => {
  it('keeps flags, privacy, grants, IDN display and TLD through the columnar payload', () => {
    const alpha = rows[0]!;
    expect(alpha).toMatchObject({ locked: true, autorenew: true, production: true, privacy: 'pro', tld: 'de' });
    expect(rows[1]!.grants).toEqual(['@admin:bob@example.com']);
    // `@creator` alone is the account's own domain, not a grant; its grant counts come from the two count columns.
    expect(rows[0]!.grants).toEqual([]);
    expect(rows[0]).toMatchObject({ confirmedGrants: 2, pendingInvitations: 1 });
    expect(rows[3]).toMatchObject({ confirmedGrants: 0, pendingInvitations: 0 });
    expect(rows[2]!.display).toBe('münchen.de');
    expect(rows[2]!.search).toContain('xn--mnchen-3ya.de');
    // A subscription switched off is no privacy in whois.
    expect(rows[3]!.privacy).toBe('none');
    expect(rows[4]!.expires).toBe(0);
    expect(rows[4]!.tld).toBe('co.uk');
  });
});

describe('filters', () => {
  it('text matches a substring of the Unicode or ASCII name', () => {
    expect(names(filterRows(rows, f({ q: 'münch' }), NOW))).toEqual(['xn--mnchen-3ya.de']);
    expect(names(filterRows(rows, f({ q: 'MNCHEN' }), NOW))).toEqual(['xn--mnchen-3ya.de']);
    expect(names(filterRows(rows, f({ q: 'eta' }), NOW))).toEqual(['beta.com']);
  });
  it('a glob matches the whole name', () => {
    expect(names(filterRows(rows, f({ q: 'a*.de' }), NOW))).toEqual(['alpha.de', 'apple.de']);
    expect(names(filterRows(rows, f({ q: 'a*' }), NOW))).toEqual(['alpha.de', 'apple.de']);
    expect(names(filterRows(rows, f({ q: '?eta.com' }), NOW))).toEqual(['beta.com']);
  });
  it('TLD, expiry window, expired, lock, autorenew, privacy and grants', () => {
    expect(names(filterRows(rows, f({ tld: 'de' }), NOW))).toHaveLength(3);
    expect(names(filterRows(rows, f({ exp: '30' }), NOW))).toEqual(['alpha.de']);
    expect(names(filterRows(rows, f({ exp: '60' }), NOW))).toEqual(['alpha.de', 'beta.com']);
    expect(names(filterRows(rows, f({ exp: 'expired' }), NOW))).toEqual(['xn--mnchen-3ya.de']);
    expect(names(filterRows(rows, f({ locked: 'yes' }), NOW))).toEqual(['alpha.de', 'gamma.co.uk']);
    expect(names(filterRows(rows, f({ autorenew: 'off' }), NOW))).toEqual(['beta.com', 'gamma.co.uk']);
    expect(names(filterRows(rows, f({ privacy: 'basic' }), NOW))).toEqual(['xn--mnchen-3ya.de']);
    expect(names(filterRows(rows, f({ grants: 'yes' }), NOW))).toEqual(['alpha.de', 'beta.com']);
    expect(names(filterRows(rows, f({ grants: 'shared' }), NOW))).toEqual(['beta.com']);
    expect(names(filterRows(rows, f({ grants: 'no' }), NOW))).toEqual(['xn--mnchen-3ya.de', 'apple.de', 'gamma.co.uk']);
    expect(names(filterRows(rows, f({ tld: 'de', autorenew: 'on', exp: '90' }), NOW))).toEqual(['alpha.de', 'apple.de']);
  });
});

describe('sort', () => {
  it('by expiration both ways, name as tie-break', () => {
    expect(names(sortRows(rows, 'expires', 'asc'))).toEqual(['gamma.co.uk', 'xn--mnchen-3ya.de', 'alpha.de', 'beta.com', 'apple.de']);
    expect(names(sortRows(rows, 'expires', 'desc'))[0]).toBe('apple.de');
  });
  it('by display name, status, privacy', () => {
    expect(names(sortRows(rows, 'domain', 'asc'))).toEqual(['alpha.de', 'apple.de', 'beta.com', 'gamma.co.uk', 'xn--mnchen-3ya.de']);
    expect(names(sortRows(rows, 'status', 'desc'))[0]).toBe('alpha.de');
    expect(names(sortRows(rows, 'privacy', 'desc'))[0]).toBe('alpha.de');
    expect(names(sortRows(rows, 'grants', 'desc'))[0]).toBe('alpha.de');
    expect(names(sortRows(rows, 'invitations', 'desc'))[0]).toBe('alpha.de');
    expect(names(sortRows(rows, 'role', 'desc'))[0]).toBe('beta.com');
  });
  it('without counted invitations (`undef`) the pending count is unknown, not 0', () => {
    const undef = rowsFrom([{ domain: 'a.com', expiration: undefined, confirmed: 1, pending: null }, { domain: 'b.com', expiration: undefined }]);
    expect(undef.map((r) => [r.confirmedGrants, r.pendingInvitations])).toEqual([[1, null], [0, null]]);
  });
});

describe('URL state', () => {
  it('round-trips and writes only non-defaults', () => {
    const state = f({ q: 'a*.de', exp: '30', locked: 'no', sort: 'expires', dir: 'desc' });
    const query = filtersToQuery(state);
    expect(query).toBe('?q=a*.de&exp=30&locked=no&sort=expires&dir=desc');
    expect(filtersFromParams(new URLSearchParams(query))).toEqual(state);
    expect(filtersToQuery(DEFAULT_FILTERS)).toBe('');
    expect(domainsHref({ exp: 'expired' })).toBe('/domains?exp=expired');
  });
  it('ignores malformed values', () => {
    const parsed = filtersFromParams(new URLSearchParams('exp=soon&locked=maybe&sort=evil&dir=up&tld=<de>'));
    expect(parsed).toEqual(f({ tld: 'de' }));
  });
});

describe('CSV', () => {
  it('exports the given rows with a header and neutralises formulas', () => {
    const csv = portfolioCsv([rows[0]!, { ...rows[1]!, grants: ['=cmd()'] }]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('domain,domain_unicode,tld,expiration,locked,autorenew,privacy,privacy_expiration,own_role,confirmed_grants,pending_invitations');
    expect(lines[1]).toBe("alpha.de,alpha.de,de,2026-01-06,yes,yes,pro,2026-10-28,creator,2,1");
    expect(lines[2]).toContain("'=cmd()");
    expect(lines).toHaveLength(3);
  });
});

describe('dashboard', () => {
  const row = (tld: string, operation: string, price: number) => ({ tld, operation, period: 1, price, currency: 'EUR', columns: { type: 'domain' } });
  const prices = renewalPrices(
    [row('de', 'renew', 10), row('com', 'renew', 12), row('com', 'create', 1)],
    // A renewal promotion only query-promos-list names: netto 5 + 20% VAT.
    [{ operation: 'renew', tld: 'de', vat: 0.2, price: 5, minPeriod: 1, periodType: 'flex', validFrom: undefined, validTo: new Date(NOW + 1000) }],
    NOW,
  );
  it('prices a one-year renewal as lib/prices quotes it: a running promotion with VAT on its netto price', () => {
    expect(prices.get('de')).toBe(6);
    expect(prices.get('com')).toBe(12);
  });
  it('counts expiring, expired, TLDs and what the balance does not cover', () => {
    const d = computeDashboard(rows, prices, 10, NOW);
    expect(d.total).toBe(5);
    expect(d.expired).toBe(1);
    expect(d.expiring).toEqual([{ days: 7, count: 1 }, { days: 30, count: 1 }, { days: 60, count: 2 }, { days: 90, count: 3 }]);
    expect(d.byTld[0]).toEqual({ tld: 'de', count: 3 });
    // Autorenew within 90 days: alpha.de (day 5) and apple.de (day 80), 6 each; balance 10 covers one.
    expect(d.cover.find((c) => c.days === 30)).toMatchObject({ domains: 1, cost: 6, uncovered: 0 });
    expect(d.cover.find((c) => c.days === 90)).toMatchObject({ domains: 2, cost: 12, uncovered: 1, shortfall: 2 });
    expect(d.weeks).toHaveLength(13);
    expect(d.weeks[0]!.spend).toBe(6);
    expect(d.weeks[12]!.cumulative).toBe(12);
  });
});

describe('the renewal chart scale', () => {
  const weeks = [30, 0, 12.5, 40].map((spend, i, all) => ({
    start: i, label: `w${i}`, spend, cumulative: all.slice(0, i + 1).reduce((a, b) => a + b, 0), balance: 0,
  }));
  it('gives the weekly spend its own axis, and leaves out a balance that would flatten the lines', () => {
    expect(chartScale(weeks, 250_000)).toEqual({ spendTop: 50, totalTop: 100, balanceOnScale: false });
  });
  it('draws a balance within three times the running total on the total axis', () => {
    expect(chartScale(weeks, 200)).toEqual({ spendTop: 50, totalTop: 250, balanceOnScale: true });
    expect(chartScale([], 0)).toEqual({ spendTop: 1, totalTop: 1, balanceOnScale: true });
  });
});

describe('narrowingFilter', () => {
  it('gives the same result as filterRows while typing on, and after widening again', async () => {
    const { narrowingFilter } = await import('./filter');
    const filter = narrowingFilter();
    for (const q of ['a', 'al', 'alp', 'al', '', 'e', 'et', 'a*.de', 'xn']) {
      expect(names(filter(rows, f({ q }), NOW)), q).toEqual(names(filterRows(rows, f({ q }), NOW)));
    }
    expect(names(filter(rows, f({ q: 'a', tld: 'de' }), NOW))).toEqual(names(filterRows(rows, f({ q: 'a', tld: 'de' }), NOW)));
  });

  it('answers the same view asked again with the same array, and a changed one afresh', async () => {
    const { narrowingFilter } = await import('./filter');
    const filter = narrowingFilter();
    const first = filter(rows, f({ q: 'a' }), NOW);
    expect(filter(rows, f({ q: 'a' }), NOW)).toBe(first);
    expect(names(filter(rows, f({ q: 'a', tld: 'de' }), NOW))).toEqual(names(filterRows(rows, f({ q: 'a', tld: 'de' }), NOW)));
    expect(filter(rows.slice(), f({ q: 'a' }), NOW)).not.toBe(first);
    expect(filter(rows, f({ q: 'a' }), NOW + 1)).not.toBe(first);
  });
});
