import { describe, expect, it } from 'vitest';
import { idnNames } from './server';

describe('idnNames', () => {
  it('finds the Unicode names of the IDNs in a list body, first and last line included', () => {
    const body = 'xn--mnchen-3ya.de 2027-01-02\na.de 2027-01-01\nb.com 2027-01-03\nxn--bcher-kva.com 2028-01-01';
    expect(idnNames(body, ' ')).toEqual({ 'xn--mnchen-3ya.de': 'münchen.de', 'xn--bcher-kva.com': 'bücher.com' });
    expect(idnNames(body.replace(/ /g, '\t'), '\t')).toEqual({ 'xn--mnchen-3ya.de': 'münchen.de', 'xn--bcher-kva.com': 'bücher.com' });
    expect(idnNames('a.de 2027-01-01\nb.de 2027-01-01', ' ')).toEqual({});
  });
});
