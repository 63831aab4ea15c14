import { describe, expect, it } from 'vitest';
import { domainsTouched, mergeDirty } from './dirty';
import { bucketOf, BUCKETS } from './persist';
import { Params } from './wire/params';

describe('dirty tracking for snapshots', () => {
  it('names the domain a request touched, nothing for core-only requests, all when unsure', () => {
    expect(domainsTouched('domain-renew', new Params([['Domain', 'Example.COM.']]))).toEqual(new Set(['example.com']));
    expect(domainsTouched('contact-modify', new Params([['handle', 'CCOM-1']]))).toEqual(new Set());
    expect(domainsTouched('ns-create', new Params([['host', 'ns1.example.com']]))).toEqual(new Set());
    expect(domainsTouched('domain-set-property', new Params([['domain', '*.com']]))).toBe('all');
    expect(domainsTouched('domain-modify', new Params([['domain', 'bücher.de']]))).toBe('all');
    expect(domainsTouched('grants-revoke', new Params([]))).toBe('all');
  });

  it('merges sets and lets all win', () => {
    expect(mergeDirty(null, new Set(['a.com']))).toEqual(new Set(['a.com']));
    expect(mergeDirty(new Set(['a.com']), new Set(['b.com']))).toEqual(new Set(['a.com', 'b.com']));
    expect(mergeDirty(new Set(['a.com']), 'all')).toBe('all');
  });

  it('spreads names over the buckets, stably', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(bucketOf(`name${i}.com`));
    expect(seen.size).toBe(BUCKETS);
    expect(bucketOf('example.com')).toBe(bucketOf('example.com'));
  });
});
