#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure: Chromium present, typecheck, lint, Vitest (unit
// and integration), a fresh production build, Playwright e2e in Chromium. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import process from 'node:process';

// Next.js telemetry would try to reach the internet; this panel's machines and CI have none.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const reports = '.data/test-reports';
rmSync(reports, { recursive: true, force: true });
// The e2e panel keeps its PGlite and generated secret here; every run starts from nothing.
rmSync('.data/e2e', { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const node = process.execPath;
const steps = [
  ['chromium', [node, 'scripts/ensure-chromium.mjs']],
  ['typecheck', [node, 'node_modules/typescript/bin/tsc', '--noEmit']],
  ['lint', [node, 'node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']],
  [
    'vitest',
    [node, 'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`],
  ],
  ['build', [node, 'node_modules/next/dist/bin/next', 'build']],
  ['playwright', [node, 'node_modules/@playwright/test/cli.js', 'test']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(`${reports}/vitest.json`)) {
    const v = JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8'));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync(`${reports}/playwright.json`)) {
    const p = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
    passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
    failed += p.stats?.unexpected ?? 0;
    skipped += p.stats?.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  console.info(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const { passed, failed, skipped } = counts();
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    console.info(`tests: ${passed} passed, ${Math.max(failed, 1)} failed, ${skipped} skipped`);
    process.exit(result.status || 1);
  }
  console.info(`✓ ${name} (${seconds}s)`);
}
const { passed, failed, skipped } = counts();
console.info(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
