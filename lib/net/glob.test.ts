import { describe, expect, it } from 'vitest';
import { compileGlob, isDomainPattern, isGlob, MAX_GLOB_LENGTH } from './glob';

/** The textbook dynamic-programming glob match (O(name × pattern)), as the reference the fast matcher must agree with. */
function reference(name: string, pattern: string): boolean {
  const s = [...name.toLowerCase()];
  const p = [...pattern.toLowerCase()];
  let row = new Array<boolean>(s.length + 1).fill(false);
  row[0] = true;
  for (const pc of p) {
    const next = new Array<boolean>(s.length + 1).fill(false);
    next[0] = pc === '*' && row[0] === true;
    for (let i = 1; i <= s.length; i++) {
      if (pc === '*') next[i] = row[i] === true || next[i - 1] === true;
      else next[i] = row[i - 1] === true && (pc === '?' || pc === s[i - 1]);
    }
    row = next;
  }
  return row[s.length] === true;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('compileGlob', () => {
  it('matches DMAPI list patterns case-insensitively, against the whole name', () => {
    expect(compileGlob('coco-47*').test('COCO-4711')).toBe(true);
    expect(compileGlob('*my-own-ns*').test('ns.my-own-ns.com')).toBe(true);
    expect(compileGlob('dom*').test('example.com')).toBe(false);
    expect(compileGlob('a.b?').test('a.bc')).toBe(true);
    expect(compileGlob('a.b').test('axb')).toBe(false);
    expect(compileGlob('a.b').test('A.B')).toBe(true);
    expect(compileGlob('*').test('')).toBe(true);
    expect(compileGlob('?').test('')).toBe(false);
    expect(compileGlob('').test('')).toBe(true);
    expect(compileGlob('').test('a')).toBe(false);
  });

  it('reads Unicode names by character: `?` is one character, case folds beyond ASCII', () => {
    expect(compileGlob('m?nchen.de').test('münchen.de')).toBe(true);
    expect(compileGlob('MÜ*').test('münchen.de')).toBe(true);
    expect(compileGlob('?.com').test('😀.com')).toBe(true);
    expect(compileGlob('*?.com').test('😀.com')).toBe(true);
  });

  it('uses the top bit of one word, and spans several words', () => {
    const p31 = `*${'a'.repeat(31)}`;
    expect(compileGlob(p31).test(`x${'a'.repeat(31)}`)).toBe(true);
    expect(compileGlob(p31).test(`x${'a'.repeat(30)}`)).toBe(false);
    const p32 = `${'a'.repeat(16)}*${'b'.repeat(16)}`;
    expect(compileGlob(p32).test(`${'a'.repeat(16)}-${'b'.repeat(16)}`)).toBe(true);
    expect(compileGlob(p32).test(`${'a'.repeat(16)}-${'b'.repeat(15)}c`)).toBe(false);
    const long = `${'a'.repeat(40)}*${'b'.repeat(40)}`;
    expect(compileGlob(long).test(`${'a'.repeat(40)}xyz${'b'.repeat(40)}`)).toBe(true);
    expect(compileGlob(long).test(`${'a'.repeat(40)}${'b'.repeat(39)}`)).toBe(false);
  });

  it('matches nothing with a pattern over the DMAPI limit', () => {
    expect(compileGlob('*'.repeat(MAX_GLOB_LENGTH)).test('x')).toBe(true);
    expect(compileGlob('*'.repeat(MAX_GLOB_LENGTH + 1)).test('x')).toBe(false);
  });

  it('agrees with the reference on random patterns and names', () => {
    const next = random(20260101);
    const pick = (alphabet: string) => alphabet[Math.floor(next() * alphabet.length)] as string;
    let matched = 0;
    for (let k = 0; k < 20_000; k++) {
      const plen = Math.floor(next() * (k % 10 === 0 ? 80 : 12));
      const nlen = Math.floor(next() * (k % 10 === 0 ? 90 : 14));
      let pattern = '';
      for (let i = 0; i < plen; i++) pattern += pick('ab*?*A.');
      let name = '';
      for (let i = 0; i < nlen; i++) name += pick('abAB.');
      const want = reference(name, pattern);
      if (want) matched++;
      expect(compileGlob(pattern).test(name), `${JSON.stringify(pattern)} ~ ${JSON.stringify(name)}`).toBe(want);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(matched).toBeGreaterThan(1_000);
    expect(matched).toBeLessThan(19_000);
  });

  it('says which text is a pattern, and which patterns the DMAPI domain requests take', () => {
    expect(isGlob('a*')).toBe(true);
    expect(isGlob('a?')).toBe(true);
    expect(isGlob('alpine')).toBe(false);
    expect(isDomainPattern('*.co.uk')).toBe(true);
    expect(isDomainPattern('a*&x=1')).toBe(false);
    expect(isDomainPattern(`${'a'.repeat(255)}*`)).toBe(false);
  });
});
