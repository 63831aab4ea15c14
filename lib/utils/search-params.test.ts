import { describe, expect, it } from 'vitest';
import { urlValues } from './search-params';

describe('urlValues', () => {
  it('takes the first of a repeated name, keeps a missing one missing, and cuts a long value', () => {
    expect(urlValues({ q: ['a', 'b'], page: '2', sort: undefined, long: 'x'.repeat(400) })).toEqual({ q: 'a', page: '2', sort: undefined, long: 'x'.repeat(300) });
  });
});
