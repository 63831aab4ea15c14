/**
 * The list route against the raw sandbox request, and the browser's heap with the whole list loaded: figures of the
 * largest size only.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
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

/**
 * GET /api/domains answered as the raw request is: the same client (Node's fetch), the whole body received, and a gzip
 * body unpacked with zlib, so both end with the list's plain bytes in memory. (Node's web-stream DecompressionStream
 * is about 3.5× slower than zlib on 7 MB and would measure Node's streams, not the panel.)
 */
async function timedRouteAnswer(url: string, cookie: string): Promise<{ ms: number; bytes: number; gzip: boolean }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const gzip = res.headers.get('content-type') === 'application/gzip';
  const raw = Buffer.from(await res.arrayBuffer());
  const plain = gzip ? await promisify(gunzip)(raw) : raw;
  if (plain.byteLength === 0) throw new Error('empty list');
  return { ms: performance.now() - t0, bytes: raw.byteLength, gzip };
}

/**
 * GET /api/domains read in the signed-in page exactly as the list reads it (components/domains/use-portfolio.ts): the
 * gzip file unpacked with the browser's DecompressionStream into text, or plain text. Measured in Chromium, not in
 * Node: Node's web-stream DecompressionStream is several times slower than a browser's and would measure Node.
 */
async function timedRoute(page: Page): Promise<{ ms: number; bytes: number; gzip: boolean }> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const res = await fetch('/api/domains', { cache: 'no-store' });
    const gzip = res.headers.get('content-type') === 'application/gzip';
    const raw = new Uint8Array(await res.arrayBuffer());
    const text = gzip
      ? await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
      : new TextDecoder().decode(raw);
    if (text.length === 0) throw new Error('empty list');
    return { ms: performance.now() - t0, bytes: raw.byteLength, gzip };
  });
}

export async function routeFigures(panel: Panel, context: BrowserContext, page: Page): Promise<BenchFigure[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;

  const login = await fetch(`${panel.sandbox}/request/login?api-key=sandbox-full-key`).then((r) => r.text());
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const rawUrl = `${panel.sandbox}/request/query-domain-list?auth-sid=${sid}&showstatus=1&showgrants=1&showprivacy=1`;
  const route = `${panel.base}/api/domains`;
  const cookie = (await context.cookies(panel.base)).map((c) => `${c.name}=${c.value}`).join('; ');
  await timedText(rawUrl);
  await timedRouteAnswer(route, cookie);
  await timedRoute(page);
  const raws: number[] = [];
  const answers: number[] = [];
  const inPage: number[] = [];
  let last = { ms: 0, bytes: 0, gzip: false };
  for (let n = 0; n < 11; n++) {
    raws.push((await timedText(rawUrl)).ms);
    last = await timedRouteAnswer(route, cookie);
    answers.push(last.ms);
    inPage.push((await timedRoute(page)).ms);
  }
  const [raw, answer] = [median(raws), median(answers)];
  const body = last.gzip ? 'gzip file unpacked' : 'plain text';
  return [
    { name: 'JS heap used after GC (whole list loaded)', value: heap, unit: 'MB', target: { max: 300 } },
    { name: 'raw sandbox query-domain-list, whole body (median of 11)', value: raw, unit: 'ms' },
    { name: `GET /api/domains, whole body, ${body} (median of 11, interleaved)`, value: answer, unit: 'ms' },
    { name: 'GET /api/domains bytes on the wire', value: last.bytes, unit: 'B' },
    { name: 'GET /api/domains ÷ raw sandbox request', value: answer / raw, unit: '×', target: { max: 1 } },
    { name: `GET /api/domains in the page as the list reads it, to text (median of 11; ${body} by the browser)`, value: median(inPage), unit: 'ms' },
  ];
}
