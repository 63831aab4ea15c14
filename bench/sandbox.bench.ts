/**
 * Sandbox figures: seeding --domains 100000 (target < 60 s) and one full query-domain-list over all of them
 * (target < 1 s), measured over HTTP with plain fetch. bench/run.ts calls run(); `npx tsx bench/sandbox.bench.ts`
 * runs it alone.
 */
import { startSandbox } from '../lib/sandbox/server';
import type { BenchFigure } from './run';

export async function run(): Promise<BenchFigure[]> {
  const t0 = performance.now();
  const sb = await startSandbox({ memory: true, port: 0, domains: 100_000 });
  const startSeconds = (performance.now() - t0) / 1000;
  try {
    const login = await (await fetch(`${sb.url}/request/login?api-key=sandbox-full-key`)).text();
    const sid = /Auth-Sid: (\w+)/.exec(login)?.[1] ?? '';
    const list = async (params: string): Promise<{ seconds: number; rows: number }> => {
      const t = performance.now();
      const text = await (await fetch(`${sb.url}/request/query-domain-list?auth-sid=${sid}${params}`)).text();
      return { seconds: (performance.now() - t) / 1000, rows: text.slice(text.indexOf('\n\n') + 2).split('\n').filter(Boolean).length };
    };
    // A change to any domain invalidates the cached lists: the next query computes from scratch ("cold").
    const touch = async (): Promise<void> => {
      await fetch(`${sb.url}/request/domain-lock?auth-sid=${sid}&domain=${encodeURIComponent(sb.engine.state.domains.keys().next().value ?? '')}`);
    };
    const all = '&showstatus=1&showgrants=1&showprivacy=1';
    const warmAll = await list(all); // the panel's portfolio query, pre-computed at start
    await touch();
    const coldAll = await list(all);
    await touch();
    const coldPlain = await list('');
    const repeat = await list('');
    const pattern = await list('&pattern=blue*');
    const s = (n: number): string => n.toFixed(3);
    console.info(`sandbox: seeded ${sb.engine.state.domainsSeeded} domains in ${sb.seedSeconds.toFixed(2)} s (start ${startSeconds.toFixed(2)} s); target < 60 s`);
    console.info(
      `sandbox: query-domain-list ${coldPlain.rows} rows: cold ${s(coldPlain.seconds)} s, all columns cold ${s(coldAll.seconds)} s, ` +
        `all columns warm ${s(warmAll.seconds)} s, repeat ${s(repeat.seconds)} s, pattern (${pattern.rows} rows) ${s(pattern.seconds)} s; target < 1 s`,
    );
    return [
      { name: 'sandbox seed, 100,000 domains', value: sb.seedSeconds, unit: 's', target: { max: 60 } },
      { name: 'sandbox query-domain-list, 100,000 rows, cold', value: coldPlain.seconds, unit: 's', target: { max: 1 } },
      { name: 'sandbox query-domain-list, all columns, cold', value: coldAll.seconds, unit: 's', target: { max: 1 } },
      { name: 'sandbox query-domain-list, all columns, warm', value: warmAll.seconds, unit: 's', target: { max: 1 } },
    ];
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
