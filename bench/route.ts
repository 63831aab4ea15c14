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

/** GET /api/domains as the browser reads it: a gzip file unpacked with DecompressionStream, or plain text. */
async function timedRoute(url: string, cookie: string): Promise<{ ms: number; bytes: number; gzip: boolean }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const gzip = res.headers.get('content-type') === 'application/gzip';
  const raw = new Uint8Array(await res.arrayBuffer());
  if (gzip) await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  else new TextDecoder().decode(raw);
  return { ms: performance.now() - t0, bytes: raw.byteLength, gzip };
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
  await timedText(rawUrl);
  await timedRoute(route, cookie);
  const raws: number[] = [];
  const routes: number[] = [];
  let last = { ms: 0, bytes: 0, gzip: false };
  for (let n = 0; n < 11; n++) {
    raws.push((await timedText(rawUrl)).ms);
    last = await timedRoute(route, cookie);
    routes.push(last.ms);
  }
  const [raw, viaRoute] = [median(raws), median(routes)];
  return [
    { name: 'JS heap used after GC (whole list loaded)', value: heap, unit: 'MB', target: { max: 300 } },
    { name: 'raw sandbox query-domain-list (median of 11)', value: raw, unit: 'ms' },
    { name: `GET /api/domains, read and unpacked (median of 11, interleaved; ${last.gzip ? 'gzip file' : 'plain text'})`, value: viaRoute, unit: 'ms' },
    { name: 'GET /api/domains bytes on the wire', value: last.bytes, unit: 'B' },
    { name: 'GET /api/domains ÷ raw sandbox request', value: viaRoute / raw, unit: '×', target: { max: 1.3 } },
  ];
}
