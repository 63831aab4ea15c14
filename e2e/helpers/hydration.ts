import { test as base, expect } from '@playwright/test';

/** React's words for a page whose served HTML did not match its first render in the browser (production codes too). */
export const HYDRATION_ERROR = /Minified React error #(418|423|425)\b|Hydration failed|didn't match the client/i;

/**
 * Plain Playwright `test` with one automatic check, for every spec (fixtures.ts adds the leak scan to it): no page may
 * fail to hydrate. React then throws the served HTML away and renders the page anew: what was typed before is lost,
 * and the first view was shown for nothing.
 */
export const test = base.extend<{ hydration: string[] }>({
  hydration: [
    async ({ page }, use) => {
      const failures: string[] = [];
      const onError = (error: Error) => {
        if (HYDRATION_ERROR.test(error.message)) failures.push(`${page.url()}: ${error.message.split('\n')[0]}`);
      };
      page.on('pageerror', onError);
      await use(failures);
      page.off('pageerror', onError);
      expect(failures, 'pages whose served HTML did not match their first render').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
