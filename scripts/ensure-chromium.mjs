#!/usr/bin/env node
// Playwright cannot download its own browser here: the e2e tests use Debian's Chromium. Installs it with apt-get
// when it is missing and we are root; otherwise says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} does not exist. Point it at a Chromium binary, or unset it to use /usr/bin/chromium.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.info('[test] Chromium is missing: installing Debian\'s chromium with apt-get');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('[test] apt-get could not install chromium.');
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  'The browser tests need Chromium at /usr/bin/chromium. Install it as root with\n' +
    '  apt-get update && apt-get install -y chromium\n' +
    'or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
