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

  const words = ((n + 1) >>> 5) + 1;
  const anyChar = new Uint32Array(words); // positions that are `?`
  const byChar = new Map<number, Uint32Array>(); // positions that are this (folded) character
  const loop = new Uint32Array(words);
  const accept = n;
  for (let j = 1; j <= n; j++) {
    const cp = positions[j - 1] as number;
    const mask = cp === -1 ? anyChar : (byChar.get(cp) ?? byChar.set(cp, new Uint32Array(words)).get(cp)!);
    mask[j >>> 5]! |= 1 << (j & 31);
  }
  for (let j = 0; j <= n; j++) if (loops[j]) loop[j >>> 5]! |= 1 << (j & 31);
  for (const mask of byChar.values()) for (let w = 0; w < words; w++) mask[w]! |= anyChar[w]!;
  const ascii: (Uint32Array | undefined)[] = new Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = byChar.get(fold(c)) ?? anyChar;
  // Characters outside the pattern can only be read by `?` positions (and `*` self-loops).
  const maskOf = (cp: number): Uint32Array => (cp < 128 ? (ascii[cp] as Uint32Array) : (byChar.get(fold(cp)) ?? anyChar));

  let state = new Uint32Array(words);
  let next = new Uint32Array(words);
  const test = (name: string): boolean => {
    state.fill(0);
    state[0] = 1;
    for (let i = 0; i < name.length; i++) {
      let cp = name.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < name.length) {
        cp = name.codePointAt(i) as number;
        i++;
      }
      const mask = maskOf(cp);
      let carry = 0;
      let alive = 0;
      for (let w = 0; w < words; w++) {
        const s = state[w] as number;
        const moved = ((s << 1) | carry) & (mask[w] as number);
        carry = s >>> 31;
        const v = (moved | (s & (loop[w] as number))) >>> 0;
        next[w] = v;
        alive |= v;
      }
      if (alive === 0) return false;
      const swap = state;
      state = next;
      next = swap;
    }
    return ((state[accept >>> 5] as number) & (1 << (accept & 31))) !== 0;
  };
  return { pattern, test };
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

/** Matches a name against an optional glob; an empty or missing pattern matches everything. */
export function matchesGlob(name: string, pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === '') return true;
  return compileGlob(pattern).test(name);
}
