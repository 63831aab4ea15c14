// A throwaway PostgreSQL cluster from Debian's postgresql package (initdb/pg_ctl in a temporary directory), for
// `npm run test:pg` and `npm run bench:load`. As root it runs as Debian's postgres user (initdb refuses root).
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

/** Finds (as root: installs) PostgreSQL's binaries; throws with what to do when they are missing. */
export function postgresBin(label) {
  let bin = findBin();
  if (!bin && isRoot) {
    console.info(`[${label}] PostgreSQL is missing: installing Debian's postgresql with apt-get`);
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'], { stdio: 'inherit' });
    bin = findBin();
  }
  if (!bin) throw new Error(`${label} needs PostgreSQL: apt-get install -y postgresql (as root), or set DATABASE_URL to a server.`);
  return bin;
}

/** Starts a cluster; returns its URL and a stop() that removes it. */
export async function startThrowawayPostgres(label) {
  const bin = postgresBin(label);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'panel-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asUser = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  let started = false;
  const stop = () => {
    if (started) {
      const [ctlCmd, ctlArgs] = asUser(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']);
      spawnSync(ctlCmd, ctlArgs, { stdio: 'ignore' });
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [initCmd, initArgs] = asUser(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'panel', '--no-sync', '-E', 'UTF8']);
    execFileSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
    const [ctlCmd, ctlArgs] = asUser(`${bin}/pg_ctl`, [
      '-D', data, '-l', path.join(dir, 'log'), '-w', '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start',
    ]);
    execFileSync(ctlCmd, ctlArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  console.info(`[${label}] throwaway PostgreSQL on 127.0.0.1:${port}`);
  return { url: `postgres://panel@127.0.0.1:${port}/postgres`, stop };
}
