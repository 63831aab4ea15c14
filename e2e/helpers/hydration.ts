import { test as base, type Browser, expect, type Page } from '@playwright/test';

/** React's words for a page whose served HTML did not match its first render in the browser (production codes too). */
const HYDRATION_ERROR = /Minified React error #(418|423|425)\b|Hydration failed|didn't match the client/i;

/**
 * Plain Playwright `test` with one automatic check, for every spec (fixtures.ts adds the leak scan to it): no page may
 * fail to hydrate. React then throws the served HTML away and renders the page anew: what was typed before is lost,
 * and the first view was shown for nothing.
 */
export const test = base.extend<{ hydration: string[] }>({
  hydration: [
    async ({ page, browser }, use) => {
      const failures: string[] = [];
      const watch = (watched: Page) =>
        watched.on('pageerror', (error) => {
          if (HYDRATION_ERROR.test(error.message)) failures.push(`${watched.url()}: ${error.message.split('\n')[0]}`);
        });
      watch(page);
      // Pages of the browser contexts a test opens itself (a second user, a customer) are watched too.
      const newContext = browser.newContext;
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const context = await newContext.apply(browser, args);
        context.on('page', watch);
        return context;
      };
      await use(failures);
      browser.newContext = newContext;
      expect(failures, 'pages whose served HTML did not match their first render').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
