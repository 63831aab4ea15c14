import { describe, expect, it } from 'vitest';
import { countdownText, DAY_MS, groupPending, listHref, parseListFilters, urgencyOf } from './pending';

const at = (iso: string) => new Date(iso);

describe('groupPending', () => {
  it('one group per e-mail (case-insensitive), nearest deadline first, TLDs collected once', () => {
    const groups = groupPending([
      { email: 'B@x.test', domain: 'b1.com', deadline: at('2030-01-05T00:00:00Z') },
      { email: 'a@x.test', domain: 'a1.net', deadline: at('2030-01-03T00:00:00Z') },
      { email: 'b@x.test', domain: 'b2.co.uk', deadline: at('2030-01-02T00:00:00Z') },
      { email: 'b@x.test', domain: 'b2.co.uk', deadline: at('2030-01-02T00:00:00Z') },
      { email: 'c@x.test', domain: 'c.com', deadline: undefined },
    ]);
    expect(groups.map((g) => g.email)).toEqual(['b@x.test', 'a@x.test', 'c@x.test']);
    expect(groups[0]?.domains.map((d) => d.domain)).toEqual(['b1.com', 'b2.co.uk']);
    expect(groups[0]?.tlds).toEqual(['com', 'co.uk']);
    expect(groups[0]?.deadline).toBe(at('2030-01-02T00:00:00Z').getTime());
    expect(groups[2]?.deadline).toBeNull();
  });
});

describe('urgency and countdown', () => {
  const now = at('2030-01-01T00:00:00Z').getTime();
  it('lapsed at or after the deadline, urgent under 2 days, soon under 5', () => {
    expect(urgencyOf(now, now)).toBe('lapsed');
    expect(urgencyOf(now + DAY_MS, now)).toBe('urgent');
    expect(urgencyOf(now + 2 * DAY_MS, now)).toBe('soon');
    expect(urgencyOf(now + 5 * DAY_MS, now)).toBe('normal');
    expect(urgencyOf(null, now)).toBe('unknown');
  });
  it('says how long is left, or how long ago it passed', () => {
    expect(countdownText(now + 2 * DAY_MS + 4 * 3_600_000, now)).toBe('2 days 4 hours left');
    expect(countdownText(now + 3_600_000, now)).toBe('1 hour left');
    expect(countdownText(now + 12 * 60_000, now)).toBe('12 minutes left');
    expect(countdownText(now - DAY_MS, now)).toBe('passed 1 day ago');
  });
});

describe('list filters from the URL', () => {
  it('reads valid values and falls back on invalid ones', () => {
    expect(parseListFilters({ state: 'lapsed', within: '7', tld: 'COM', q: ' ann ', page: '2', size: '100' })).toEqual({
      state: 'lapsed',
      within: 7,
      tld: 'com',
      q: 'ann',
      page: 2,
      size: 100,
    });
    expect(parseListFilters({ state: 'bogus', within: '-3', tld: 'a b', page: 'x', size: '7', q: '' })).toEqual({
      state: 'pending',
      within: undefined,
      tld: undefined,
      page: 1,
      size: 50,
    });
  });
  it('builds short links without the defaults', () => {
    expect(listHref({ state: 'pending', page: 1, size: 50 })).toBe('/verification');
    expect(listHref({ state: 'lapsed', tld: 'com', within: 3, page: 2 })).toBe('/verification?state=lapsed&within=3&tld=com&page=2');
  });
});
