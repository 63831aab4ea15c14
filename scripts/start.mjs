#!/usr/bin/env node
// `npm start` / `npm run dev`: serves the panel on HOST:PORT (default 127.0.0.1:3000) through the panel's own server
// (scripts/server.mjs, Next.js inside). With no DMAPI_URL it first starts the embedded sandbox DMAPI on SANDBOX_PORT
// (default 7070) and the panel talks to it. `npm start` builds first when there is no build yet.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import process from 'node:process';
import nextEnv from '@next/env';
import { SERVER_NODE_FLAGS } from './server/node-flags.mjs';

// Next.js telemetry would try to reach the internet; this panel's machines and CI have none.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const dev = process.argv.includes('--dev');
nextEnv.loadEnvConfig(process.cwd(), dev);

const port = process.env.PORT || '3000';
const sandboxPort = process.env.SANDBOX_PORT || '7070';
const useSandbox = !process.env.DMAPI_URL?.trim();
const nextBin = 'node_modules/next/dist/bin/next';
const children = new Set();
let stopping = false;

/**
 * Stops the panel first and waits for it (it finishes or hands back its bulk job items in flight, which may still
 * need the sandbox to answer), then the sandbox. A terminal's Ctrl-C reaches every process of the group: the sandbox
 * ignores SIGINT when started from here (SANDBOX_MANAGED) and waits for our SIGTERM.
 */
const PANEL_STOP_MS = 30_000;
function stop(code) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code || 1), PANEL_STOP_MS + 5_000).unref();
  const panel = [...children].find((c) => c.name === 'panel');
  const rest = () => {
    for (const child of children) child.process.kill('SIGTERM');
    if (children.size === 0) process.exit(code);
  };
  if (!panel) return rest();
  panel.process.once('exit', rest);
  panel.process.kill('SIGTERM');
}

function launch(name, command, args, extraEnv = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  const entry = { name, process: child };
  children.add(entry);
  child.on('exit', (code, signal) => {
    children.delete(entry);
    if (!stopping) {
      console.error(`[start] ${name} stopped (${signal ?? `exit ${code}`}); stopping the panel.`);
      stop(code || 1);
    } else if (children.size === 0) {
      process.exit(0);
    }
  });
  return child;
}

function waitForPort(portNumber, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(Number(portNumber), '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (stopping) return;
        if (Date.now() > deadline) reject(new Error(`nothing listened on port ${portNumber} within ${timeoutMs / 1000}s`));
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The data directory holds the generated secret, PGlite and the sandbox state: this user's only.
const dataDir = process.env.DATA_DIR || '.data';
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
// A shared directory (sticky bit, as /tmp has) is left open: closing it would break every other user of the machine.
if (statSync(dataDir).mode & 0o1000) console.warn(`[start] DATA_DIR ${dataDir} is a shared directory: left as it is; give the panel a directory of its own`);
else chmodSync(dataDir, 0o700);

if (useSandbox) {
  const sandboxArgs = (process.env.SANDBOX_ARGS ?? '').split(/\s+/).filter(Boolean);
  console.info(`[start] DMAPI_URL is not set: starting the sandbox DMAPI on http://127.0.0.1:${sandboxPort}`);
  // The sandbox's files too (it inherits the mask it is started with).
  const umask = process.umask(0o077);
  launch('sandbox', process.execPath, [
    '--conditions=react-server',
    '--import',
    'tsx',
    'lib/sandbox/cli.ts',
    '--port',
    sandboxPort,
    '--data-dir',
    `${dataDir}/sandbox`,
    ...sandboxArgs,
  ], { SANDBOX_MANAGED: '1' });
  process.umask(umask);
  try {
    await waitForPort(sandboxPort, 180_000);
  } catch (error) {
    console.error(`[start] the sandbox did not start: ${error.message}`);
    stop(1);
  }
}

if (!dev && !existsSync('.next/BUILD_ID')) {
  console.info('[start] no build found: running `next build` first');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('[start] the build failed');
    stop(build.status || 1);
  }
}

if (!stopping) launch('panel', process.execPath, [...SERVER_NODE_FLAGS, 'scripts/server.mjs', ...(dev ? ['--dev'] : [])], { PORT: port });
