import { addDays, differenceInCalendarDays, startOfMonth } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseReply } from '../parse';
import { domainListReply } from '../../../bench/parse-domain-list.bench';
import { mapDomainList } from './domain-list';

const COLUMNS = 'Columns: domain,expiration_date,domain_status,grants,privacy-status,privacy-origin,privacy-expiration';

/** The same rows sent TAB-separated take the generic path; both must agree exactly. */
function asTab(text: string): string {
  const [head, body] = text.split('\n\n') as [string, string];
  return `${head}\nSeparator: TAB\n\n${body.replace(/ +/g, '\t')}`;
}

describe('query-domain-list fast scanner', () => {
  const flags = { showstatus: true, showgrants: true, showprivacy: true };

  it('agrees with the generic path on a generated portfolio', () => {
    const text = domainListReply(2000);
    const fast = mapDomainList(parseReply(text), flags);
    const generic = mapDomainList(parseReply(asTab(text)), flags);
    expect(fast).toHaveLength(2000);
    expect(fast).toEqual(generic);
    expect(fast[0]).toEqual({
      domain: 'domain-0.net', expiration: new Date('2026-01-01T00:00:00Z'), statuses: ['production'], grants: ['@admin:user@example.org'],
      privacyStatus: 'pro', privacyOrigin: 'pro', privacyExpiration: new Date('2026-01-01T00:00:00Z'),
    });
  });

  it('falls back per line for runs of blanks, missing or extra fields and other date forms', () => {
    const body = [
      'a.com  2027-01-01 production - - - -',
      'b.com 2027-02-02 lock,production',
      'c.com 20270303000000 production - basic basic 2027-03-03 extra',
      'd.com - - - - - -',
      'e.com 2027-13-45 production - - - -',
      'f.com 20a7-01-01 production - - - -',
      'g.com 2027-02-30 production - - - -',
    ].join('\n');
    const rows = mapDomainList(parseReply(`Status-Code: 0\n${COLUMNS}\n\n${body}`), flags);
    expect(rows.map((r) => r.domain)).toEqual(['a.com', 'b.com', 'c.com', 'd.com', 'e.com', 'f.com', 'g.com']);
    expect(rows[0]?.expiration).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(rows[1]?.statuses).toEqual(['lock', 'production']);
    expect(rows[1]?.grants).toEqual([]);
    expect(rows[2]?.expiration).toEqual(new Date('2027-03-03T00:00:00Z'));
    expect(rows[2]?.privacyStatus).toBe('basic');
    expect(rows[3]?.expiration).toBeUndefined();
    expect(rows[3]?.statuses).toEqual([]);
    expect(rows[4]?.expiration).toBeUndefined();
    expect(rows[5]?.expiration).toBeUndefined();
    expect(rows[6]?.expiration).toBeUndefined();
  });

  it('shares read-only status arrays and dates between rows', () => {
    const rows = mapDomainList(parseReply(`Status-Code: 0\n${COLUMNS}\n\nx.com 2027-01-01 lock - - - -\ny.com 2027-01-01 lock - - - -`), flags);
    expect(rows[0]?.statuses).toBe(rows[1]?.statuses);
    expect(Object.isFrozen(rows[0]?.statuses)).toBe(true);
    const d = rows[0]?.expiration as Date;
    expect(d).toBe(rows[1]?.expiration);
    expect(d).toBeInstanceOf(Date);
    expect(() => d.setUTCDate(5)).toThrow(/read-only/);
    expect(() => d.setTime(0)).toThrow(/read-only/);
    expect(d.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(JSON.stringify({ d })).toBe('{"d":"2027-01-01T00:00:00.000Z"}');
    expect(new Date(d).getTime()).toBe(d.getTime());
    // date-fns copies dates through their constructor: the copies must be plain and writable
    expect(addDays(d, 1).toISOString()).toBe('2027-01-02T00:00:00.000Z');
    expect(startOfMonth(d).getDate()).toBe(1);
    expect(differenceInCalendarDays(d, new Date('2026-12-31T00:00:00Z'))).toBe(1);
  });
});
