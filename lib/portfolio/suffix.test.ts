import { describe, expect, it } from 'vitest';
import { tldOf } from '@/lib/net/domain';
import { registrySuffix } from './suffix';

describe('registrySuffix', () => {
  it('agrees with lib/net tldOf', () => {
    const names = ['example.de', 'a.co.uk', 'b.or.at', 'c.pp.se', 'd.com.au', 'x.uk', 'sub.example.com', 'e.co.jp', 'f.net.uk', 'co.uk'];
    for (const n of names) expect(registrySuffix(n), n).toBe(tldOf(n));
  });
});
