import { describe, expect, it } from 'vitest';
import { daysUntil, formatCount, formatDate, formatDateTime, formatMoney, formatRelative, plural } from './format';

describe('formatters', () => {
  it('money: two decimals and the currency after', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('1,234.50 EUR');
    expect(formatMoney(-3, 'USD')).toBe('-3.00 USD');
    expect(formatMoney(undefined, 'EUR')).toBe('—');
    expect(formatMoney(7, '')).toBe('7.00');
  });
  it('counts and plurals', () => {
    expect(formatCount(100000)).toBe('100,000');
    expect(plural(1, 'domain')).toBe('1 domain');
    expect(plural(12345, 'domain')).toBe('12,345 domains');
  });
  it('dates in UTC, unknown as a dash (never an invalid date rolled over)', () => {
    expect(formatDate(new Date(Date.UTC(2027, 1, 28, 23, 30)))).toBe('2027-02-28');
    expect(formatDate(Date.UTC(2027, 0, 1))).toBe('2027-01-01');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate(0)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDateTime(Date.UTC(2026, 10, 30, 15, 4))).toBe('2026-11-30 15:04 UTC');
  });
  it('relative dates and days until', () => {
    const now = Date.UTC(2026, 10, 30);
    expect(formatRelative(now + 3 * 86_400_000, now)).toBe('in 3 days');
    expect(formatRelative(now - 5 * 3_600_000, now)).toBe('5 hours ago');
    expect(daysUntil(now + 3.5 * 86_400_000, now)).toBe(3);
    expect(daysUntil(now - 0.5 * 86_400_000, now)).toBe(-1);
    expect(daysUntil(undefined, now)).toBeUndefined();
  });
});
