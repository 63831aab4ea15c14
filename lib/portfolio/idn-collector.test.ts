import { describe, expect, it } from 'vitest';
import { IdnCollector } from './server';

describe('IdnCollector', () => {
  it('finds the Unicode names of IDNs in a body split at arbitrary bytes, lines and UTF-8 sequences included', () => {
    const body = 'a.de 2027-01-01\nxn--mnchen-3ya.de 2027-01-02\nb.com 2027-01-03\nxn--bcher-kva.com 2028-01-01';
    const bytes = new TextEncoder().encode(body);
    for (const size of [1, 3, 7, 64]) {
      const idn = new IdnCollector('SPACE');
      for (let i = 0; i < bytes.length; i += size) idn.push(bytes.subarray(i, i + size));
      expect(idn.finish()).toEqual({ 'xn--mnchen-3ya.de': 'münchen.de', 'xn--bcher-kva.com': 'bücher.com' });
    }
  });

  it('reads TAB-separated bodies and returns nothing for a list without IDNs', () => {
    const idn = new IdnCollector('TAB');
    idn.push(new TextEncoder().encode('xn--mnchen-3ya.de\t2027-01-02\nplain.de\t2027-01-01'));
    expect(idn.finish()).toEqual({ 'xn--mnchen-3ya.de': 'münchen.de' });
    const none = new IdnCollector('SPACE');
    none.push(new TextEncoder().encode('a.de 2027\n'));
    expect(none.finish()).toEqual({});
  });
});
