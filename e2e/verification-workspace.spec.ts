import { expect, signIn, test } from './helpers/fixtures';
import { sandboxDmapi } from './helpers/sandbox';
import { axeClean, outbox, pendingEmails, pendingRows, verificationKey } from './helpers/verification';

/**
 * The whois verification workspace's tools, as the owner uses them against the sandbox: the domain page's
 * verification section, notes, resending to several addresses with an outcome for each, and the key look-up.
 */
test.describe('whois verification workspace', () => {
  test.setTimeout(120_000);

  test('the domain page shows its owner e-mail’s verification state and deadline', async ({ page }) => {
    const [row] = await pendingRows();
    if (!row) throw new Error('the sandbox seed has no pending verification');
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto(`/domains/${row.domain}`);
    const section = page.getByRole('region', { name: 'Owner e-mail verification' });
    await expect(section.getByRole('link', { name: row.email, exact: true })).toHaveAttribute('href', `/verification/email/${encodeURIComponent(row.email)}`);
    await expect(section.getByText('Pending', { exact: true })).toBeVisible();
    await expect(section.getByText('Joker.com is waiting for the owner to confirm this address.')).toBeVisible();
    // The deadline of this domain as wa-email-list gives it, with the time left.
    const deadline = `${new Date(row.deadline).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    await expect(section.getByText(deadline)).toBeVisible();
    await expect(section.getByText(/ left$|^passed .* ago$/)).toBeVisible();
    await expect(section.getByRole('button', { name: 'Resend the verification e-mail' })).toBeEnabled();
    await axeClean(page);
  });

  test('a note on an address shows on its page and in the list', async ({ page }) => {
    const [email] = await pendingEmails();
    if (!email) throw new Error('the sandbox seed has no pending verification');
    const body = `Called the owner <b>twice</b> ${Date.now()}`;
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto(`/verification/email/${encodeURIComponent(email)}`);
    const form = page.getByRole('form', { name: `Add a note on ${email}` });
    await expect(form).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await form.getByLabel('New note').fill(body);
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect(form.getByRole('status')).toContainText('Note saved.');
    const notes = page.getByRole('list', { name: 'Notes on this address' });
    // Shown as text, as typed: the markup is not markup.
    await expect(notes.getByText(body)).toBeVisible();
    await expect(form.getByLabel('New note')).toHaveValue('');
    await axeClean(page);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Notes on this address' }).getByText(body)).toBeVisible();
    await page.goto('/verification?refresh=1');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: email, exact: true }) });
    await expect(row).toContainText(body);
  });

  test('resend to several addresses: one sent, one refused (answered meanwhile), each with its meaning', async ({ page }) => {
    const [, sent, refused] = await pendingEmails();
    if (!sent || !refused) throw new Error('the sandbox seed has too few pending verifications');
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/verification?refresh=1');
    const table = page.getByRole('table', { name: 'Owner e-mails waiting for verification' });
    await table.getByRole('checkbox', { name: `Select ${sent}` }).check();
    await table.getByRole('checkbox', { name: `Select ${refused}` }).check();
    // The second owner answers while the page is open: by the time of the resend it is no longer pending.
    expect(await sandboxDmapi('wa-email-verify', { key: await verificationKey(refused), answer: 'yes' })).toMatch(/^Result: ACK/m);
    const before = (await outbox())[0]?.id ?? 0;
    await page.getByRole('button', { name: 'Resend to 2 addresses' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send the verification e-mail again to 2 addresses?' });
    await dialog.getByRole('button', { name: 'Send' }).click();
    const outcomes = page.getByRole('list', { name: 'Resend outcome per address' });
    await expect(outcomes.getByRole('listitem').filter({ hasText: sent })).toContainText(`${sent}: sent — Sent again with the original key.`);
    await expect(outcomes.getByRole('listitem').filter({ hasText: refused })).toContainText(`${refused}: refused — Not sent: Joker.com says this address is not waiting`);
    await expect(page.getByText('1 e-mail sent again, 1 refused.').first()).toBeVisible();
    const mails = (await outbox()).filter((m) => m.id > before && m.kind === 'verification');
    expect(mails.map((m) => m.to.toLowerCase())).toEqual([sent]);
    await axeClean(page);
  });

  test('a key looked up names its address, domains and state; an unknown key is refused in words', async ({ page }) => {
    const rows = await pendingRows();
    const email = rows[0]?.email ?? '';
    const key = await verificationKey(email);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/verification/key');
    const form = page.getByRole('form', { name: 'Look a key up' });
    await expect(form).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await form.getByLabel('Verification key').fill('0'.repeat(32));
    await form.getByRole('button', { name: 'Look up' }).click();
    await expect(form.getByText('Unknown key: check it character by character').first()).toBeVisible();
    await form.getByLabel('Verification key').fill(key);
    await form.getByRole('button', { name: 'Look up' }).click();
    const result = form.getByRole('group', { name: 'Key look-up result' });
    await expect(result).toContainText('Waiting for the owner’s answer');
    await expect(result.getByRole('link', { name: email, exact: true })).toBeVisible();
    for (const r of rows.filter((x) => x.email === email)) await expect(result).toContainText(r.domain);
    await axeClean(page);
    // The look-up is in the address's history, by whom.
    await result.getByRole('link', { name: email, exact: true }).click();
    await expect(page.getByRole('list', { name: 'History of this address' })).toContainText('Looked the key up');
  });
});
