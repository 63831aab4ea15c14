import { launchChromium, newBenchContext, signIn, startPanel, stopPanel, mark } from './panel';
async function main() {
  const panel = await startPanel(10000, '.data/bench-dbg');
  const browser = await launchChromium();
  try {
    const ctx = await newBenchContext(browser);
    const page = await ctx.newPage();
    await signIn(page, panel.base);
    for (const path of ['/jobs', '/', '/jobs', '/', '/login', '/', '/jobs']) {
      const t0 = Date.now();
      const resp = await page.goto(`${panel.base}${path}`, { waitUntil: 'commit' });
      const h1 = path === '/' ? await mark(page, 'h1:Overview') : { perf: 0 };
      console.log(path);
      await page.waitForLoadState('load');
      const t1 = Date.now();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60000 }).catch(() => {});
      console.log('overview h1', h1.perf.toFixed(0), 'load', t1 - t0, 'all sections', Date.now() - t0, resp?.status());
      const timing = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { ttfb: n.responseStart, domInteractive: n.domInteractive, end: n.responseEnd }; });
      console.log(JSON.stringify(timing));
    }
  } finally { await browser.close(); stopPanel(panel.child); }
}
void main();
