/**
 * `npm run bench`: runs every `bench/*.bench.ts` module's exported `run()` in turn and prints its figures.
 * A module returns a list of figures (or prints its own and returns nothing).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** Pass mark, e.g. `< 100` (ms); shown beside the figure. */
  target?: { max?: number; min?: number };
}

type BenchModule = { run?: () => Promise<BenchFigure[] | void> | BenchFigure[] | void };

function verdict(f: BenchFigure): string {
  if (!f.target) return '';
  const okMax = f.target.max === undefined || f.value <= f.target.max;
  const okMin = f.target.min === undefined || f.value >= f.target.min;
  const bound = [f.target.max !== undefined ? `<= ${f.target.max}` : '', f.target.min !== undefined ? `>= ${f.target.min}` : ''].filter(Boolean).join(', ');
  return `  [target ${bound} ${f.unit}: ${okMax && okMin ? 'PASS' : 'FAIL'}]`;
}

function format(value: number): string {
  return value >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 1);
}

/** Prints figures with their verdicts; returns whether every one with a target met it. */
export function printFigures(figures: BenchFigure[]): boolean {
  let ok = true;
  for (const f of figures) {
    const v = verdict(f);
    if (v.includes('FAIL')) ok = false;
    console.log(`  ${f.name}: ${format(f.value)} ${f.unit}${v}`);
  }
  return ok;
}

async function main(): Promise<void> {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let failed = false;
  for (const file of files) {
    console.log(`\n# ${file}`);
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
    if (typeof mod.run !== 'function') {
      console.log('  (no run() export, skipped)');
      continue;
    }
    if (!printFigures((await mod.run()) ?? [])) failed = true;
  }
  if (failed) process.exitCode = 1;
}

// `npm run bench`; bench/load.ts imports printFigures without running every benchmark.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
