#!/usr/bin/env node
// `npm run test:pg`: the database-touching tests (files named *.db.test.ts) again on a real PostgreSQL.
// With DATABASE_URL set, that server is used (each test creates and drops its own database on it). Without it, a
// throwaway cluster is made from Debian's postgresql package (initdb/pg_ctl in a temporary directory) and removed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(`${base}/${v}/bin/initdb`)) return `${base}/${v}/bin`;
  return undefined;
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runVitest(databaseUrl) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '.db.test', '--reporter=default'],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl, TEST_POSTGRES: '1' } },
  );
  return result.status ?? 1;
}

if (process.env.DATABASE_URL) {
  process.exit(runVitest(process.env.DATABASE_URL));
}

let bin = findBin();
if (!bin && isRoot) {
  console.info("[test:pg] PostgreSQL is missing: installing Debian's postgresql with apt-get");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'], {
    stdio: 'inherit',
  });
  bin = findBin();
}
if (!bin) {
  console.error('test:pg needs PostgreSQL: apt-get install -y postgresql (as root), or set DATABASE_URL to a server.');
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'panel-pg-'));
const data = path.join(dir, 'data');
const port = await freePort();
// initdb refuses to run as root: run the cluster as Debian's postgres user.
const asUser = (cmd, args) =>
  isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));

let status = 1;
let started = false;
try {
  const [initCmd, initArgs] = asUser(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'panel', '--no-sync', '-E', 'UTF8']);
  execFileSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  const [ctlCmd, ctlArgs] = asUser(`${bin}/pg_ctl`, [
    '-D', data, '-l', path.join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start',
  ]);
  execFileSync(ctlCmd, ctlArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  started = true;
  console.info(`[test:pg] throwaway PostgreSQL on 127.0.0.1:${port}`);
  status = runVitest(`postgres://panel@127.0.0.1:${port}/postgres`);
} finally {
  if (started) {
    const [ctlCmd, ctlArgs] = asUser(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']);
    spawnSync(ctlCmd, ctlArgs, { stdio: 'ignore' });
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
