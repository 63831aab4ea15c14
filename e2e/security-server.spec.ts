import net from 'node:net';
import { baseURL } from '../playwright.config';
import { expect, signIn, signOut, test } from './helpers/fixtures';

const { hostname, port } = new URL(baseURL);

/**
 * Writes a request head, then (for `chunked`) 64 KiB chunks of body until the server answers or closes, and returns
 * the status line it answered with. A raw socket: the panel's answer is read even while the body is still going.
 */
function post(path: string, body: { announce: number } | { chunked: number }): Promise<{ status: string; sent: number }> {
  return new Promise((resolve) => {
    let answer = '';
    let sent = 0;
    const socket = net.connect(Number(port), hostname, () => {
      const length = 'announce' in body ? `Content-Length: ${body.announce}` : 'Transfer-Encoding: chunked';
      socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n${length}\r\n\r\n`);
      if ('chunked' in body) {
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (sent < body.chunked && answer === '' && !socket.destroyed) {
            sent += chunk.length;
            // All three writes, always: a chunk cut short would be a framing error, not an oversized body.
            const written = [socket.write(`${chunk.length.toString(16)}\r\n`), socket.write(chunk), socket.write('\r\n')];
            if (written.includes(false)) return void socket.once('drain', pump);
          }
        };
        pump();
      }
    });
    socket.on('data', (data) => (answer += data.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ status: answer.split('\r\n')[0] ?? '', sent }));
  });
}

test('oversized sign-in and action bodies are refused with 413 before they are read; the panel stays up', async ({ page, request }) => {
  expect(await post('/api/auth/callback/credentials', { announce: 300 * 1024 * 1024 })).toMatchObject({ status: 'HTTP/1.1 413 Payload Too Large' });
  expect(await post('/sign-in', { announce: 300 * 1024 * 1024 })).toMatchObject({ status: 'HTTP/1.1 413 Payload Too Large' });
  expect(await post('/login', { announce: 300 * 1024 * 1024 })).toMatchObject({ status: 'HTTP/1.1 413 Payload Too Large' });
  const streamed = await post('/api/auth/csrf', { chunked: 300 * 1024 * 1024 });
  expect(streamed.status, JSON.stringify(streamed)).toBe('HTTP/1.1 413 Payload Too Large');
  expect(streamed.sent).toBeLessThan(64 * 1024 * 1024);
  const action = await post('/domains', { chunked: 300 * 1024 * 1024 });
  expect(action.sent).toBeLessThan(64 * 1024 * 1024);
  expect((await request.get('/api/health')).status()).toBe(200);
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('next-auth only answers the endpoints the panel uses: _log writes nothing anywhere', async ({ page, request }) => {
  const log = await request.post('/api/auth/_log', { form: { code: 'INJECTED', level: 'error', message: 'FORGED log line' } });
  expect(log.status()).toBe(404);
  expect((await request.get('/api/auth/signin')).status()).toBe(404);
  expect((await request.get('/api/auth/session')).status()).toBe(200);
  await page.goto('/login');
});

test('a path that is not valid percent-encoding is the product 404, not a failing page', async ({ page }) => {
  await signIn(page, { apiKey: 'sandbox-readonly-key' });
  const response = await page.goto('/domains/%');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('/');
  await signOut(page);
});

test.describe('forged client addresses', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': 'FORGED-not-an-ip', 'X-Panel-Client-Ip': '203.0.113.66', 'X-Real-IP': '198.51.100.66' } });

  test('the audit log records the connection’s address, not what the client wrote', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/settings');
    // Registering the demo read-only key with its seeded name and role changes nothing but writes an audit row.
    const form = page.getByRole('form', { name: 'Register a staff member' });
    await form.getByLabel('Name').fill('Demo read-only (read-only key)');
    await form.getByLabel('Role').selectOption('read-only');
    await form.getByLabel('API key').fill('sandbox-readonly-key');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect(form.getByRole('status')).toHaveText('Registered Demo read-only (read-only key).');
    await page.goto('/settings?request=panel%3Ateam-register');
    const newest = page.getByRole('row').filter({ hasText: 'panel:team-register' }).first();
    await expect(newest).toContainText('127.0.0.1');
    const audit = await page.getByRole('table').last().innerText();
    for (const forged of ['FORGED', '203.0.113.66', '198.51.100.66']) expect(audit).not.toContain(forged);
    await signOut(page);
  });
});
