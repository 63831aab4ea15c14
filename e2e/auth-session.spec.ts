import { expect, rememberAuthSid, signIn, signOut, test } from './helpers/fixtures';
import { advanceClock, lastLogId, sandboxLog, statusWithAuthSid } from './helpers/sandbox';

test.describe('DMAPI sessions', () => {
  test('sign-out ends the DMAPI session: the old Auth-Sid gets 401', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const authSid = await rememberAuthSid();
    expect(await statusWithAuthSid(authSid)).toBe(200);
    await signOut(page);
    expect(await statusWithAuthSid(authSid)).toBe(401);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('after the DMAPI session expires, the next page view logs in once, and ten parallel views cause one login', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-customer-key' });
    await expect(page.getByRole('heading', { name: 'My domains' })).toBeVisible();

    await advanceClock(3700);
    let since = await lastLogId();
    await page.goto('/my-domains');
    await expect(page.getByRole('heading', { name: 'My domains' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    let entries = await sandboxLog(since);
    expect(entries.filter((e) => e.request === 'login')).toHaveLength(1);
    expect(entries.filter((e) => e.request === 'query-domain-list').map((e) => e.httpStatus)).toEqual([401, 200]);
    await rememberAuthSid();

    await advanceClock(3700);
    since = await lastLogId();
    const responses = await Promise.all(Array.from({ length: 10 }, () => page.request.get('/my-domains')));
    expect(responses.map((r) => r.status())).toEqual(Array(10).fill(200));
    entries = await sandboxLog(since);
    expect(entries.filter((e) => e.request === 'login')).toHaveLength(1);
    expect(entries.filter((e) => e.request === 'query-domain-list' && e.httpStatus === 200)).toHaveLength(10);
    for (const response of responses) expect(await response.text()).not.toContain('sandbox-customer-key');
    await rememberAuthSid();
    await signOut(page);
  });
});
