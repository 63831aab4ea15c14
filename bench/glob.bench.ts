/**
 * Glob patterns against a 100,000-name portfolio, hostile patterns included. A glob once became a backtracking
 * RegExp, and a 22-character `*?*?…` froze the server for 91 s (filter, bulk preview, sandbox list requests). The
 * matcher in lib/net/glob.ts reads each name once; every figure here is one compile plus 100,000 tests, as CPU time
 * of this process (median of 7), which other work on the shared cores disturbs less than wall time does.
 * Target: at most 50 ms per pattern over the portfolio.
 */
import { compileGlob, MAX_GLOB_LENGTH } from '../lib/net/glob';
import type { BenchFigure } from './run';

const NAMES = 100_000;
const RUNS = 7;

/** Names shaped like a real portfolio: words, digits, hyphens, a few IDNs, common TLDs. */
function portfolio(n: number): string[] {
  const words = ['alpha', 'beta', 'shop', 'mail', 'cloud', 'aaaaaaaaaaaa', 'xn--mnchen-3ya', 'data', 'net-work', 'b'];
  const tlds = ['com', 'de', 'net', 'co.uk', 'eu', 'org'];
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = `${words[i % words.length]}-${words[(i * 7) % words.length]}${i}.${tlds[i % tlds.length]}`;
  }
  return out;
}

const HOSTILE: Array<[label: string, pattern: string]> = [
  ['*?*?… (22 characters, the 91 s freeze)', '*?'.repeat(11)],
  ['*?*?… (64 characters)', '*?'.repeat(32)],
  ['*a*a*a…*b (many stars, a near miss)', `${'*a'.repeat(30)}*b`],
  ['?×60* (fixed run then star)', `${'?'.repeat(60)}*`],
  [`255 characters of *a?`, '*a?'.repeat(85).slice(0, MAX_GLOB_LENGTH)],
  ['ordinary: alpha*', 'alpha*'],
  ['ordinary: *shop*.de', '*shop*.de'],
];

/**
 * The automaton's own worst case, past every shortcut (length, literal prefix/suffix, early accept): long names and
 * a pattern whose states never die. 200-character names read ten times the characters of the portfolio above: 20
 * million character steps, so the targets allow about 12 ns (one word) and 20 ns (four words) per step.
 */
const WORST: Array<[label: string, pattern: string, name: (i: number) => string, max: number]> = [
  ['worst case, 1 word: *a×14 then *b? over 200-character names', `${'*a'.repeat(14)}*b?`, (i) => `${'a'.repeat(196)}${i % 10}.de`, 250],
  ['worst case, 4 words: *a×100 then *b? over 200-character names', `${'*a'.repeat(100)}*b?`, (i) => `${'a'.repeat(196)}${i % 10}.de`, 400],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** CPU milliseconds (user + system) of one call. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function run(): BenchFigure[] {
  const names = portfolio(NAMES);
  const figures: BenchFigure[] = [];
  for (const [label, pattern] of HOSTILE) {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < RUNS + 1; r++) {
      const ms = cpuMs(() => {
        const glob = compileGlob(pattern);
        hits = 0;
        for (const name of names) if (glob.test(name)) hits++;
      });
      if (r > 0) times.push(ms);
    }
    figures.push({ name: `${label} over ${NAMES.toLocaleString('en-US')} names (${hits} hits)`, value: median(times), unit: 'CPU ms', target: { max: 50 } });
  }
  for (const [label, pattern, make, max] of WORST) {
    const long = Array.from({ length: NAMES }, (_, i) => make(i));
    const times: number[] = [];
    for (let r = 0; r < RUNS + 1; r++) {
      let hits = 0;
      const ms = cpuMs(() => {
        const glob = compileGlob(pattern);
        for (const name of long) if (glob.test(name)) hits++;
      });
      if (hits !== 0) throw new Error(`${label}: ${hits} unexpected hits`);
      if (r > 0) times.push(ms);
    }
    figures.push({ name: `${label} (100,000 names)`, value: median(times), unit: 'CPU ms', target: { max } });
  }
  return figures;
}
