/**
 * Sandbox figures: seeding --domains 100000 (target < 60 s) and one full query-domain-list over all of them
 * (target < 1 s), measured over HTTP with plain fetch. bench/run.ts calls run(); `npx tsx bench/sandbox.bench.ts`
 * runs it alone.
 */
import { startSandbox } from '../lib/sandbox/server';

export async function run(): Promise<void> {
  const t0 = performance.now();
  const sb = await startSandbox({ memory: true, port: 0, domains: 100_000 });
  const startSeconds = (performance.now() - t0) / 1000;
  try {
    const login = await (await fetch(`${sb.url}/request/login?api-key=sandbox-full-key`)).text();
    const sid = /Auth-Sid: (\w+)/.exec(login)?.[1] ?? '';
    const timings: number[] = [];
    let rows = 0;
    for (const params of ['', '&showstatus=1&showgrants=1&showprivacy=1', '&pattern=blue*']) {
      const t = performance.now();
      const body = await (await fetch(`${sb.url}/request/query-domain-list?auth-sid=${sid}${params}`)).text();
      timings.push((performance.now() - t) / 1000);
      if (!params) rows = body.split('\n\n')[1]?.split('\n').length ?? 0;
    }
    console.info(`sandbox: seeded ${sb.engine.state.domainsSeeded} domains in ${sb.seedSeconds.toFixed(2)} s (start ${startSeconds.toFixed(2)} s); target < 60 s`);
    console.info(`sandbox: query-domain-list ${rows} rows in ${timings[0]?.toFixed(3)} s; with all columns ${timings[1]?.toFixed(3)} s; pattern ${timings[2]?.toFixed(3)} s; target < 1 s`);
  } finally {
    await sb.close();
  }
}

if (process.argv[1]?.endsWith('sandbox.bench.ts')) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
