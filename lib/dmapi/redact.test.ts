import { afterEach, describe, expect, it } from 'vitest';
import { DmapiClient } from './client';
import { DmapiError, DmapiTransportError } from './errors';
import { REDACTED, redactText } from './redact';
import { replyText, startTestDmapi, type TestDmapi } from './test-server';
import { createTransport, type DmapiLogEntry } from './transport';
import { AUTH_SID, loginReply } from './test-fixtures';

let server: TestDmapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that echoes every parameter back in Status-Text, Error and Warning lines, as a careless one might. */
async function echoingServer(): Promise<TestDmapi> {
  return startTestDmapi((req) => {
    // Multi-line values (a zone) are echoed on one line, as a server quoting a bad zone line would.
    const flat = (v: string) => v.replace(/\n/g, ' ');
    const echo = Object.entries(req.params).map(([k, v]) => `${k}=${flat(v)}`).join('&');
    const values = Object.values(req.params).map(flat).join(' ');
    return replyText([
      ['Status-Code', '2400'],
      ['Status-Text', `Command failed for ${values}`],
      ['Error', `bad request ${echo}`],
      ['Error', `value ${values} rejected`],
      ['Warning', `seen ${values}`],
    ]);
  });
}

async function assertRedacted(request: string, params: Record<string, string>, secret: string) {
  server = await echoingServer();
  const logs: DmapiLogEntry[] = [];
  const t = createTransport({ baseUrl: server.url, onLog: (e) => logs.push(e) });
  let caught: unknown;
  try {
    await t.call(request, params);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DmapiError);
  const err = caught as DmapiError;
  // The server really did receive (and echo) the secret, so the test can fail.
  expect(server.received[0]?.params).toMatchObject(params);
  for (const text of [err.message, String(err.stack), err.statusText, err.userMessage, JSON.stringify(err), ...err.errors, ...err.warnings]) {
    expect(text).not.toContain(secret);
  }
  expect(err.errors.join(' ')).toContain(REDACTED);
  expect(logs.length).toBeGreaterThan(0);
  expect(JSON.stringify(logs)).not.toContain(secret);
}

describe('secrets never appear in errors, logs or stacks', () => {
  it('password', async () => {
    await assertRedacted('login', { username: 'reseller@sandbox.test', password: 'Pa55w0rd-secret' }, 'Pa55w0rd-secret');
  });

  it('api-key', async () => {
    await assertRedacted('login', { 'api-key': 'sandbox-full-key-xyz' }, 'sandbox-full-key-xyz');
  });

  it('auth-sid', async () => {
    await assertRedacted('query-profile', { 'auth-sid': AUTH_SID }, AUTH_SID);
  });

  it('transfer-auth-id (also URL-encoded)', async () => {
    const authId = 'a&b=c/d+e zigzag';
    await assertRedacted('domain-transfer-in-reseller', { domain: 'example.com', 'transfer-auth-id': authId }, authId);
    expect(redactText(`x ${encodeURIComponent(authId)} y`, [authId])).toBe(`x ${REDACTED} y`);
  });

  it('whois verification key (wa-email-verify) and change-of-registrant key (cor-verify)', async () => {
    await assertRedacted('wa-email-verify', { key: 'VERIFYKEY1234567', answer: 'yes' }, 'VERIFYKEY1234567');
    await server?.close();
    await assertRedacted('cor-verify', { key: 'CORKEY7654321', answer: 'no' }, 'CORKEY7654321');
  });

  it('the DynDNS password inside a dns-zone-put zone', async () => {
    await assertRedacted('dns-zone-put', { domain: 'example.com', zone: '$dnssec=no\n$dyndns=yes:dynuser:DynPass-77\nwww A 0 1.2.3.4 3600\n' }, 'DynPass-77');
  });

  it('grant invitation key in name=value, header and JSON forms', () => {
    const key = 'INVITE-9f8e7d6c5b';
    for (const text of [`invitation-key=${key}&x=1`, `Invitation-Key: ${key}`, `{"invitationKey":"-","invitation-key":"${key}"}`, `key=${key}`]) {
      expect(redactText(text)).not.toContain(key);
    }
    expect(redactText(`invitation 1 55 ${key} domain a.com @admin`, [key])).not.toContain(key);
  });

  it('does not leak the credential from the client object or a failed login', async () => {
    server = await startTestDmapi((req) =>
      req.request === 'login'
        ? { status: 401, body: replyText([['Status-Code', '2200'], ['Status-Text', `Authentication error for ${req.params['api-key']}`]]) }
        : loginReply(),
    );
    const client = new DmapiClient({ transport: createTransport({ baseUrl: server.url }), credential: { apiKey: 'top-secret-key-123' } });
    const err = (await client.relogin().catch((e: unknown) => e)) as DmapiError;
    expect(err).toBeInstanceOf(DmapiError);
    expect(`${err.message} ${err.stack} ${err.statusText}`).not.toContain('top-secret-key-123');
    expect(JSON.stringify(client)).not.toContain('top-secret-key-123');
  });

  it('transport errors carry no secret either', async () => {
    server = await startTestDmapi(() => ({ status: 200, body: `api-key=leaked-value-42 <html>` }));
    const err = (await createTransport({ baseUrl: server.url }).call('login', { 'api-key': 'leaked-value-42' }).catch((e: unknown) => e)) as DmapiTransportError;
    expect(err).toBeInstanceOf(DmapiTransportError);
    expect(`${err.message} ${err.stack}`).not.toContain('leaked-value-42');
  });
});
