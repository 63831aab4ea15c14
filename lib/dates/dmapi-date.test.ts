import { describe, expect, it } from 'vitest';
import { dmapiDateMs, parseDmapiDate, utcMs } from './dmapi-date';

describe('parseDmapiDate', () => {
  it('reads every DMAPI date form as UTC', () => {
    expect(parseDmapiDate('2027-03-04')?.toISOString()).toBe('2027-03-04T00:00:00.000Z');
    expect(parseDmapiDate('20000914175917')?.toISOString()).toBe('2000-09-14T17:59:17.000Z');
    expect(parseDmapiDate('20270304')?.toISOString()).toBe('2027-03-04T00:00:00.000Z');
    expect(parseDmapiDate('2024-03-17T07:58:14Z')?.toISOString()).toBe('2024-03-17T07:58:14.000Z');
    expect(parseDmapiDate('2024-03-17T07:58:14.250Z')?.toISOString()).toBe('2024-03-17T07:58:14.250Z');
    expect(parseDmapiDate('2024-03-17T09:58:14+02:00')?.toISOString()).toBe('2024-03-17T07:58:14.000Z');
    expect(parseDmapiDate('2026-11-21 10:00:00')?.toISOString()).toBe('2026-11-21T10:00:00.000Z');
    expect(parseDmapiDate('2026-11-21 10:00')?.toISOString()).toBe('2026-11-21T10:00:00.000Z');
    expect(parseDmapiDate(' 2027-03-04 ')?.toISOString()).toBe('2027-03-04T00:00:00.000Z');
  });

  it('gives no date for missing, unreadable and impossible values (never rolled into the next month)', () => {
    for (const v of [undefined, '', '-', 'soon', 'March 4, 2027', '2027-02-30', '2027-13-01', '2027-00-10', '20270230',
      '20270230120000', '2027-01-01 24:00:00', '2027-01-01 10:60', '2026-02-29', '2027-02-30T00:00:00Z']) {
      expect(parseDmapiDate(v), String(v)).toBeUndefined();
      expect(dmapiDateMs(v), String(v)).toBeNaN();
    }
    expect(parseDmapiDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseDmapiDate('2000-02-29')).toBeDefined();
    expect(parseDmapiDate('2100-02-29')).toBeUndefined();
  });

  it('utcMs checks the calendar without a round trip', () => {
    expect(utcMs(2027, 2, 28)).toBe(Date.UTC(2027, 1, 28));
    expect(utcMs(2027, 2, 29)).toBeNaN();
    expect(utcMs(2027, 4, 31)).toBeNaN();
    expect(utcMs(2027, 12, 31, 23, 59, 59)).toBe(Date.UTC(2027, 11, 31, 23, 59, 59));
  });
});
