import { describe, expect, it } from 'vitest';
import { ORDER_TYPES, orderTypeValues } from './order-types';
import { isFqdnPattern, orderFiltersSchema } from './orders';
import { deleteResultsSchema, resultFiltersQuery, resultFiltersSchema, revealAuthIdSchema } from './results';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const issues = (r: Parsed) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('results inbox', () => {
  it('empty URL values are no filter; the defaults fill in', () => {
    expect(resultFiltersSchema.parse({ status: '', type: '', period: '', page: '', size: '' })).toEqual({
      status: 'any',
      deleted: false,
      page: 1,
      size: 50,
    });
  });
  it('filters are result-list’s: patterns, days, a real date', () => {
    expect(resultFiltersSchema.parse({ status: 'nack', type: 'domain-*', procId: '8181*', period: '30', date: '2027-02-28', deleted: '1' })).toMatchObject({
      status: 'nack',
      type: 'domain-*',
      procId: '8181*',
      period: 30,
      date: '2027-02-28',
      deleted: true,
    });
    expect(issues(resultFiltersSchema.safeParse({ status: 'done' }))).toEqual(['status: Choose a status from the list']);
    expect(issues(resultFiltersSchema.safeParse({ type: 'domain register' }))).toEqual(['type: A request type such as domain-register (* and ? allowed)']);
    expect(issues(resultFiltersSchema.safeParse({ procId: '12a' }))).toEqual(['procId: A Proc-ID is a number (* and ? match any digits)']);
    expect(issues(resultFiltersSchema.safeParse({ period: '0' }))).toEqual(['period: At least 1 day']);
    expect(issues(resultFiltersSchema.safeParse({ period: '4000' }))).toEqual(['period: At most 3650 days']);
    expect(issues(resultFiltersSchema.safeParse({ date: '2027-02-30' }))).toEqual(['date: No such day']);
    expect(issues(resultFiltersSchema.safeParse({ size: '30' }))).toEqual(['size: Choose a page size from the list']);
  });
  it('the query of a filter set leaves the defaults out and parses back to the same filters', () => {
    expect(resultFiltersQuery({ status: 'any', page: 1, size: 50 })).toBe('');
    const f = resultFiltersSchema.parse({ status: 'pending', object: 'a.com', period: '7', page: '2', size: '100' });
    const q = resultFiltersQuery(f);
    expect(q).toBe('?status=pending&object=a.com&period=7&page=2&size=100');
    expect(resultFiltersSchema.parse(Object.fromEntries(new URLSearchParams(q)))).toEqual(f);
  });
  it('delete: one to 200 exact Proc-IDs; reveal: one', () => {
    expect(deleteResultsSchema.safeParse({ procIds: ['1', '22'] }).success).toBe(true);
    expect(issues(deleteResultsSchema.safeParse({ procIds: [] }))).toEqual(['procIds: Select at least one reply']);
    expect(issues(deleteResultsSchema.safeParse({ procIds: Array(201).fill('1') }))).toEqual(['procIds: Delete at most 200 replies at once']);
    expect(issues(deleteResultsSchema.safeParse({ procIds: ['8*'] }))).toEqual(['procIds.0: A Proc-ID is a number']);
    expect(issues(revealAuthIdSchema.safeParse({ procId: '' }))).toEqual(['procId: A Proc-ID is a number']);
  });
});

describe('orders', () => {
  it('every order type has its words', () => {
    expect(orderTypeValues).toContain('privacy_pp2');
    for (const t of orderTypeValues) expect(ORDER_TYPES[t]).toMatch(/\w/);
  });
  it('filters from the URL: blanks dropped, types and statuses from the list', () => {
    expect(orderFiltersSchema.parse({ type: '', status: '', tld: ' COM ', showAll: 'on' })).toEqual({ tld: 'com', showAll: true });
    expect(orderFiltersSchema.parse({ type: 'renew', orderIdAfter: '5' })).toEqual({ type: 'renew', orderIdAfter: 5, showAll: false });
    expect(issues(orderFiltersSchema.safeParse({ type: 'gift' }))).toEqual(['type: Choose a type from the list']);
    expect(issues(orderFiltersSchema.safeParse({ status: 'late' }))).toEqual(['status: Choose a status from the list']);
    expect(issues(orderFiltersSchema.safeParse({ orderIdAfter: 'x' }))).toEqual(['orderIdAfter: Enter a number']);
    expect(issues(orderFiltersSchema.safeParse({ orderIdAfter: '0' }))).toEqual(['orderIdAfter: At least 1']);
  });
  it('a window of at most 90 days, in order', () => {
    expect(orderFiltersSchema.safeParse({ after: '2027-01-01', before: '2027-03-31' }).success).toBe(true);
    expect(issues(orderFiltersSchema.safeParse({ after: '2027-01-01', before: '2027-04-01' }))).toEqual([
      'before: Joker lists at most 90 days at once: narrow the window or look at it in parts',
    ]);
    expect(issues(orderFiltersSchema.safeParse({ after: '2027-02-01', before: '2027-01-01' }))).toEqual(['before: The end is before the start']);
    expect(issues(orderFiltersSchema.safeParse({ procIdAfter: '9', procIdBefore: '3' }))).toEqual(['procIdBefore: Smaller than the lower end']);
    expect(issues(orderFiltersSchema.safeParse({ after: '2027-02-30' }))).toEqual(['after: No such day']);
  });
  it('a name with * or ? is a pattern', () => {
    expect(isFqdnPattern('*.com')).toBe(true);
    expect(isFqdnPattern('a?.de')).toBe(true);
    expect(isFqdnPattern('a.com')).toBe(false);
  });
});
