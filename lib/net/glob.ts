/**
 * DMAPI list patterns are shell globs ("coco-47*", "*my-own-ns*", "dom*"), matched case-insensitively against the
 * whole name: `*` matches any run of characters, `?` exactly one, everything else is literal.
 *
 * Matching must stay fast whatever the pattern: patterns come from people (the filter box, a `?q=` link, the bulk
 * preview, DMAPI list requests to the sandbox). A glob turned into a backtracking RegExp takes exponential time on
 * patterns such as `*?*?*?*?…`, so this module simulates the pattern as a bit-parallel automaton instead (shift-and
 * with self-loops for `*`): one pass over the name, each character costing ⌈(positions + 1) / 32⌉ word operations,
 * with no backtracking at all. Patterns are capped at MAX_GLOB_LENGTH characters, so the worst case is 8 words per
 * character of the name.
 */

/** Longest pattern accepted: the DMAPI's own limit for `pattern`. A longer pattern matches nothing. */
export const MAX_GLOB_LENGTH = 255;

export interface GlobMatcher {
  /** True when the whole name matches the pattern. */
  test(name: string): boolean;
  readonly pattern: string;
}

/** True when the text holds a wildcard, i.e. is a pattern rather than a name or a substring. */
export function isGlob(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

const DOMAIN_PATTERN = /^[a-z0-9.*?-]+$/i;

/**
 * A pattern the DMAPI's domain requests take (domain-set-property over a set of domains): letters, digits, dots,
 * hyphens and wildcards only, at most MAX_GLOB_LENGTH characters.
 */
export function isDomainPattern(text: string): boolean {
  return text.length <= MAX_GLOB_LENGTH && DOMAIN_PATTERN.test(text);
}

const NEVER = (pattern: string): GlobMatcher => ({ pattern, test: () => false });

/** Lower case one code point; the table below holds lower-case characters only. */
function fold(codePoint: number): number {
  if (codePoint >= 65 && codePoint <= 90) return codePoint + 32;
  if (codePoint < 128) return codePoint;
  return String.fromCodePoint(codePoint).toLowerCase().codePointAt(0) ?? codePoint;
}

/**
 * Compiles a pattern once; `test` then runs in time linear in the name. Consecutive `*` collapse into one. Positions
 * are the pattern's non-`*` characters; bit j of the state means "the first j positions have matched". Reading a
 * character moves every state j to j+1 where position j+1 accepts the character, and keeps state j alive where a `*`
 * follows position j (its self-loop).
 */
export function compileGlob(pattern: string): GlobMatcher {
  if (pattern.length > MAX_GLOB_LENGTH) return NEVER(pattern);
  const positions: number[] = []; // code points, -1 for `?`
  const loops: boolean[] = [false]; // loops[j]: a `*` follows position j (j = 0: the pattern starts with `*`)
  for (const ch of pattern) {
    if (ch === '*') loops[positions.length] = true;
    else {
      positions.push(ch === '?' ? -1 : fold(ch.codePointAt(0) as number));
      loops.push(false);
    }
  }
  const n = positions.length;
  if (n === 0) return { pattern, test: loops[0] ? () => true : (name) => name === '' };
  if (!loops.some(Boolean)) return fixedLength(pattern, positions);

  const words = (n + 32) >>> 5; // ⌈(n + 1) / 32⌉: bits 0 (start) to n (accept)
  const anyChar = new Uint32Array(words); // positions that are `?`
  const byChar = new Map<number, Uint32Array>(); // positions that are this (folded) character
  const loop = new Uint32Array(words);
  for (let j = 1; j <= n; j++) {
    const cp = positions[j - 1] as number;
    let mask = cp === -1 ? anyChar : byChar.get(cp);
    if (mask === undefined) byChar.set(cp, (mask = new Uint32Array(words)));
    mask[j >>> 5] = (mask[j >>> 5] as number) | (1 << (j & 31));
  }
  for (let j = 0; j <= n; j++) if (loops[j]) loop[j >>> 5] = (loop[j >>> 5] as number) | (1 << (j & 31));
  for (const mask of byChar.values()) for (let w = 0; w < words; w++) mask[w] = (mask[w] as number) | (anyChar[w] as number);
  // Characters outside the pattern can only be read by `?` positions (and `*` self-loops).
  const ascii: Uint32Array[] = [];
  for (let c = 0; c < 128; c++) ascii.push(byChar.get(fold(c)) ?? anyChar);
  const maskOf = (cp: number): Uint32Array => (cp < 128 ? (ascii[cp] as Uint32Array) : (byChar.get(fold(cp)) ?? anyChar));
  const automaton =
    words === 1 ? oneWord(n, loops[n] === true, ascii, maskOf, loop[0] as number) : manyWords(n, words, loops[n] === true, ascii, maskOf, loop);
  const pre = literalEnds(pattern);
  // Every position reads one character, so a name shorter than the positions cannot match (counted in code units,
  // which is never less than in characters).
  return { pattern, test: (name) => name.length >= n && pre(name) && automaton(name) };
}

type MaskOf = (codePoint: number) => Uint32Array;

/** Reads a code point at i (a surrogate pair as one character); returns it and how many code units it took. */
function codePointAt(name: string, i: number): number {
  const cp = name.charCodeAt(i);
  return cp >= 0xd800 && cp <= 0xdbff && i + 1 < name.length ? (name.codePointAt(i) as number) : cp;
}

/** Up to 31 positions: the whole state is one number. */
function oneWord(n: number, acceptLoops: boolean, ascii: readonly Uint32Array[], maskOf: MaskOf, loop: number): (name: string) => boolean {
  const accept = 1 << n;
  const table = ascii.map((m) => m[0] as number);
  return (name) => {
    let state = 1;
    for (let i = 0; i < name.length; i++) {
      let cp = name.charCodeAt(i);
      let mask: number;
      if (cp < 128) mask = table[cp] as number;
      else {
        cp = codePointAt(name, i);
        if (cp > 0xffff) i++;
        mask = maskOf(cp)[0] as number;
      }
      state = ((state << 1) & mask) | (state & loop);
      if (state === 0) return false;
      // A trailing `*` keeps the accepting state alive to the end: no need to read further.
      if (acceptLoops && (state & accept) !== 0) return true;
    }
    return (state & accept) !== 0;
  };
}

/** More positions: the state spans several 32-bit words, shifted with a carry. */
function manyWords(
  n: number, words: number, acceptLoops: boolean, ascii: readonly Uint32Array[], maskOf: MaskOf, loop: Uint32Array,
): (name: string) => boolean {
  // Signed words: V8 keeps int32 arithmetic unboxed; the bits are the same.
  const toInt = (m: Uint32Array) => new Int32Array(m.buffer, m.byteOffset, m.length);
  const table = ascii.map(toInt);
  const loops = toInt(loop);
  const state = new Int32Array(words);
  const acceptWord = n >>> 5;
  const acceptBit = 1 << (n & 31);
  return (name) => {
    state.fill(0);
    state[0] = 1;
    // States move up one position per character, so words above `top` are still empty and need no work.
    let top = 0;
    for (let i = 0; i < name.length; i++) {
      let cp = name.charCodeAt(i);
      let mask: Int32Array;
      if (cp < 128) mask = table[cp] as Int32Array;
      else {
        cp = codePointAt(name, i);
        if (cp > 0xffff) i++;
        mask = toInt(maskOf(cp));
      }
      if (top < words - 1 && (state[top] as number) < 0) top++;
      // In place, upwards: each word's old bit 31 is carried into the next before that word is overwritten.
      let alive = 0;
      let carry = 0;
      for (let w = 0; w <= top; w++) {
        const s = state[w] as number;
        const v = (((s << 1) | carry) & (mask[w] as number)) | (s & (loops[w] as number));
        carry = s >>> 31;
        state[w] = v;
        alive |= v;
      }
      if (alive === 0) return false;
      if (acceptLoops && ((state[acceptWord] as number) & acceptBit) !== 0) return true;
    }
    return ((state[acceptWord] as number) & acceptBit) !== 0;
  };
}

/**
 * A cheap first test on the literal text before the first and after the last wildcard (`alpha*` needs the prefix
 * `alpha`, `*shop*.de` the suffix `.de`), so most names of a portfolio never reach the automaton. ASCII only; a
 * pattern with other characters skips this test.
 */
function literalEnds(pattern: string): (name: string) => boolean {
  if (/[^\x00-\x7f]/.test(pattern)) return () => true;
  const lower = pattern.toLowerCase();
  const first = lower.search(/[*?]/);
  const prefix = lower.slice(0, first);
  const last = Math.max(lower.lastIndexOf('*'), lower.lastIndexOf('?'));
  const suffix = lower.slice(last + 1);
  if (prefix === '' && suffix === '') return () => true;
  return (name) => {
    if (name.length < prefix.length + suffix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (fold(name.charCodeAt(i)) !== prefix.charCodeAt(i)) return false;
    const at = name.length - suffix.length;
    for (let i = 0; i < suffix.length; i++) if (fold(name.charCodeAt(at + i)) !== suffix.charCodeAt(i)) return false;
    return true;
  };
}

/** A pattern without `*`: the name has as many characters as the pattern, compared one by one. */
function fixedLength(pattern: string, positions: readonly number[]): GlobMatcher {
  return {
    pattern,
    test(name) {
      let j = 0;
      for (const ch of name) {
        const want = positions[j++];
        if (want === undefined) return false;
        if (want !== -1 && want !== fold(ch.codePointAt(0) as number)) return false;
      }
      return j === positions.length;
    },
  };
}
