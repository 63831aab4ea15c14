/**
 * The list route against the raw sandbox request, and the browser's heap with the whole list loaded: figures of the
 * largest size only.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Panel } from './panel';
import { median } from './panel';
import type { BenchFigure } from './run';

async function timedText(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - t0, bytes };
}

export async function routeFigures(panel: Panel, context: BrowserContext, page: Page): Promise<BenchFigure[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;

  const cookie = (await context.cookies(panel.base)).map((c) => `${c.name}=${c.value}`).join('; ');
  const login = await fetch(`${panel.sandbox}/request/login?api-key=sandbox-full-key`).then((r) => r.text());
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const rawUrl = `${panel.sandbox}/request/query-domain-list?auth-sid=${sid}&showstatus=1&showgrants=1&showprivacy=1`;
  const route = `${panel.base}/api/domains`;
  // Undici's fetch decodes gzip itself, as a browser does; `identity` asks for the body uncompressed.
  const plain = { cookie, 'accept-encoding': 'identity' };
  const gzip = { cookie, 'accept-encoding': 'gzip' };
  await timedText(rawUrl);
  await timedText(route, plain);
  await timedText(route, gzip);
  const raws: number[] = [];
  const routes: number[] = [];
  const gzips: number[] = [];
  let gzBytes = 0;
  for (let n = 0; n < 11; n++) {
    raws.push((await timedText(rawUrl)).ms);
    routes.push((await timedText(route, plain)).ms);
    const g = await fetch(route, { headers: gzip });
    const t0 = performance.now();
    gzBytes = Number(g.headers.get('content-length') ?? 0);
    await g.arrayBuffer();
    gzips.push(performance.now() - t0);
  }
  const [raw, ident, gz] = [median(raws), median(routes), median(gzips)];
  return [
    { name: 'JS heap used after GC (whole list loaded)', value: heap, unit: 'MB', target: { max: 300 } },
    { name: 'raw sandbox query-domain-list (median of 11)', value: raw, unit: 'ms' },
    { name: 'GET /api/domains, identity (median of 11, interleaved)', value: ident, unit: 'ms' },
    { name: 'GET /api/domains, gzip accepted (body read after headers)', value: gz, unit: 'ms' },
    { name: 'GET /api/domains gzip bytes (content-length; 0 = compressed on the fly)', value: gzBytes, unit: 'B' },
    { name: 'GET /api/domains ÷ raw sandbox request', value: ident / raw, unit: '×', target: { max: 1.3 } },
  ];
}
