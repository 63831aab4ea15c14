/**
 * `npm run sandbox -- --port N --memory --domains N --seed N --data-dir DIR [--no-pad-txt] [--latency MS [--jitter MS]]`
 * (run by tsx; scripts/start.mjs spawns it too). Must not import lib/env or server-only: it runs as plain Node.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server';

function num(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${raw}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      memory: { type: 'boolean' },
      domains: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-pad-txt': { type: 'boolean' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
    },
    allowPositionals: false,
  });
  const dataDir = values['data-dir'];
  const sandbox = await startSandbox({
    port: num('port', values.port, Number(process.env.SANDBOX_PORT || 7070)),
    host: values.host,
    memory: values.memory ?? false,
    // The PGlite directory itself (scripts/start.mjs passes `${DATA_DIR}/sandbox`).
    dataDir,
    // Left undefined when not given, so a saved world of another size or seed is kept (see startSandbox).
    domains: values.domains === undefined ? undefined : num('domains', values.domains, 250),
    seed: values.seed === undefined ? undefined : num('seed', values.seed, 1),
    padTxt: values['no-pad-txt'] ? false : undefined,
    latencyMs: values.latency === undefined ? undefined : num('latency', values.latency, 0),
    jitterMs: values.jitter === undefined ? undefined : num('jitter', values.jitter, 0),
  });
  if (sandbox.seedSeconds > 0) console.info(`Seeded ${sandbox.engine.state.domainsSeeded} domains in ${sandbox.seedSeconds.toFixed(2)} s`);
  console.info(`Sandbox DMAPI listening on ${sandbox.url}`);
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  // Started by the panel's start script (SANDBOX_MANAGED): a terminal's Ctrl-C reaches us too, but the panel may still
  // need us while it finishes its bulk job items in flight; the start script sends SIGTERM once the panel is down.
  process.on('SIGINT', process.env.SANDBOX_MANAGED === '1' ? () => undefined : stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
