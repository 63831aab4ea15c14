/**
 * startSandbox: the programmatic entry (tests, scripts/start.mjs through cli.ts). Seeds or loads the world, serves it
 * over node:http, persists it (unless memory) and closes cleanly.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine } from './engine';
import { heldResponses } from './faults';
import { createRequestListener } from './http';
import { Persister, SnapshotStore } from './persist';
import { DEFAULT_DOMAINS, MAX_DOMAINS, seedState } from './seed';
import type { SandboxState } from './state/types';
import './handlers';
import { warmDomainList } from './handlers/domain-list';
import { DEMO } from './seed/catalog';

export interface SandboxOptions {
  port?: number; // 0 = pick a free port; default 7070
  host?: string; // default '127.0.0.1'
  memory?: boolean; // no persistence
  dataDir?: string; // PGlite directory for persistence (default '.data/sandbox')
  domains?: number; // size of the seeded reseller portfolio, default 250, up to 100000
  seed?: number; // deterministic data, default 1
  /** dns-zone-get pads TXT values like the live server (`"tok "`); false switches that off. Default true. */
  padTxt?: boolean;
  /** Delay of every DMAPI reply in ms (± jitter ms, default a fifth of it); see latency.ts. */
  latencyMs?: number;
  jitterMs?: number;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Exposed for tests and benches that want to reach the engine in-process. */
export interface RunningSandboxInternal extends RunningSandbox {
  engine: Engine;
  server: Server;
  /** Seconds spent seeding (0 when a snapshot was loaded). */
  seedSeconds: number;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandboxInternal> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 1;
  const domains = Math.min(MAX_DOMAINS, Math.max(0, options.domains ?? DEFAULT_DOMAINS));
  const store = options.memory ? null : await SnapshotStore.open(options.dataDir ?? '.data/sandbox');

  let seedSeconds = 0;
  const build = (s: number, n: number, offsetMs: number): SandboxState => {
    const t0 = performance.now();
    const state = seedState(s, n, Date.now() + offsetMs);
    state.clockOffsetMs = offsetMs;
    seedSeconds = (performance.now() - t0) / 1000;
    return state;
  };
  let loaded = store ? await store.load() : null;
  // An explicit --domains/--seed that differs from the saved world means "give me that world": reseed.
  if (loaded && ((options.domains !== undefined && loaded.domainsSeeded !== domains) || (options.seed !== undefined && loaded.seed !== seed))) {
    console.info(`[sandbox] saved world has seed ${loaded.seed} and ${loaded.domainsSeeded} domains; reseeding with seed ${seed} and ${domains} domains`);
    loaded = null;
  }
  const state = loaded ?? build(seed, domains, 0);
  if (options.padTxt !== undefined) state.flags.padTxt = options.padTxt;

  let persister: Persister | null = null;
  const engine = new Engine(state, () => persister?.schedule());
  if (options.latencyMs !== undefined || options.jitterMs !== undefined) {
    const ms = options.latencyMs ?? 0;
    engine.latency = { ms, jitter: options.jitterMs ?? Math.round(ms / 5) };
  }
  if (store) {
    persister = new Persister(store, () => engine.state, () => engine.takeDirty());
    if (!loaded) engine.markDirty('all');
  }

  // The reseller's portfolio lists, computed in the background after start and reset: the first query-domain-list
  // over 100,000 domains is then served from the cache (until something changes).
  const warm = (): void => {
    setImmediate(() => warmDomainList(engine.state, engine.domainsVersion, DEMO.reseller.uid));
  };
  const listener = createRequestListener(() => engine, {
    reset: async ({ seed: s, domains: n }) => {
      const next = build(s ?? engine.state.seed, n ?? engine.state.domainsSeeded, engine.clock.offset);
      next.flags = { ...engine.state.flags };
      engine.replaceState(next);
      warm();
    },
  });
  const server = createServer((req, res) => void listener(req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 7070, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  warm();
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    engine,
    server,
    seedSeconds,
    close: async () => {
      for (const res of heldResponses) res.destroy();
      heldResponses.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (persister) await persister.flush();
      await store?.close();
    },
  };
}
