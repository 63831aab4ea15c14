#!/usr/bin/env node
// The panel's HTTP server: Next.js behind a plain Node server (no compiler needed in production), so that the app
// learns the client's address from the socket, bodies are capped before anything reads them, every page gets its
// Content-Security-Policy nonce, and configuration-bound response headers are set. `scripts/start.mjs` runs it
// (npm start, npm run dev, the e2e run); `--dev` for next dev.
// Reads PORT, HOST, TRUSTED_PROXIES and PANEL_URL (validated the same way by lib/env, see .env.example).
import http from 'node:http';
import process from 'node:process';
import nextEnv from '@next/env';
import { isLoopbackHost, parseTrustedProxies, SERVER_MARK } from '../lib/env/client-address.mjs';
import { trackFirstFlush } from '../lib/render/first-flush.mjs';
import { applyPagePolicy } from './server/page-policy.mjs';
import { createRequestGuard } from './server/request-guard.mjs';

const dev = process.argv.includes('--dev');
const dir = process.cwd();
nextEnv.loadEnvConfig(dir, dev);
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.NODE_ENV = dev ? 'development' : 'production';
// The app believes the client address header only when this server, which rewrites it, is in front.
process.env[SERVER_MARK] = '1';
// What this process creates (the data directory, the generated secret) is private to its user.
process.umask(0o077);

function fail(message) {
  console.error(`[server] ${message}\nSee .env.example for every variable.`);
  process.exit(1);
}

const value = (name) => process.env[name]?.trim() || undefined;
const port = Number(value('PORT') ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail('PORT: must be a port number between 1 and 65535');
const host = value('HOST') ?? '127.0.0.1';
let trusted = [];
try {
  trusted = parseTrustedProxies(value('TRUSTED_PROXIES'));
} catch (error) {
  fail(`TRUSTED_PROXIES: ${error.message}`);
}
let hsts = false;
try {
  const panelUrl = value('PANEL_URL');
  hsts = panelUrl !== undefined && new URL(panelUrl).protocol === 'https:';
} catch {
  fail('PANEL_URL: must be an http(s) URL such as https://panel.example.com');
}

// Next fetches a server action's redirect target from itself at hostname:port; a wildcard address is not one.
const selfHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
const guard = createRequestGuard({ trusted, hsts });
let handle;
const server = http.createServer((req, res) => {
  if (!guard(req, res)) return;
  applyPagePolicy(req, res, (req.url ?? '/').split('?')[0] ?? '/', dev);
  // A page may render its costly lower parts after its first bytes are out (components/ui/streamed.tsx, Deferred).
  trackFirstFlush(res, () => handle(req, res));
});

const { default: next } = await import('next');
const app = next({ dev, dir, hostname: selfHost, port, httpServer: server });
await app.prepare();
handle = app.getRequestHandler();

server.listen(port, host, () => {
  const where = host.includes(':') ? `[${host}]` : host;
  const proxies = trusted.length > 0 ? `, trusting X-Forwarded-For from ${value('TRUSTED_PROXIES')}` : '';
  console.info(`[server] panel listening on http://${where}:${port}${proxies}${isLoopbackHost(host) ? ' (this machine only)' : ''}`);
});

// A graceful stop (Ctrl-C, SIGTERM, a rolling restart): stop accepting connections, let the job runner finish or hand
// back its items in flight (lib/lifecycle.ts registers the drain on globalThis), close the database, then exit.
// A second signal, or the deadline, exits at once; the items are then recovered by the next process from result-list.
const DRAIN_MS = 20_000;
let stopping = false;
async function shutdown(signal) {
  if (stopping) process.exit(1);
  stopping = true;
  console.info(`[server] ${signal}: stopping (finishing bulk job items in flight, up to ${DRAIN_MS / 1000} s)`);
  setTimeout(() => process.exit(1), DRAIN_MS + 5_000).unref();
  server.close();
  server.closeIdleConnections();
  try {
    await globalThis.__panelDrain?.(DRAIN_MS);
  } catch (error) {
    console.error(`[server] the graceful stop failed: ${error?.message ?? error}`);
  }
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
