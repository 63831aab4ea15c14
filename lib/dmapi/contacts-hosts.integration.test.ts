/**
 * The contact and host request functions against the real sandbox over HTTP: what a write changed is read back from
 * the sandbox's state. The /v2/contact/create fallback is checked behind a small HTTP proxy that answers 404 for that
 * path only, as a DMAPI without it would.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAR_VALUE } from '@/lib/contacts';
import { VALID_CONTACTS } from '@/lib/contacts/examples';
import { DmapiClient, createTransport, createContactPreferV2, contactModify, nsCreate, nsModify, queryContact, queryContactList, queryHost } from './index';
import { lastLogId, logSince, operator, startWorld, type SandboxWorld } from './sandbox-world';

let w: SandboxWorld;
let proxy: http.Server;
let proxyUrl = '';

beforeAll(async () => {
  w = await startWorld();
  const target = new URL(w.sandbox.url);
  proxy = http.createServer((req, res) => {
    if (req.url?.startsWith('/v2/contact/create')) {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<h1>Not Found</h1>');
      return;
    }
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await w?.sandbox.close();
});

describe('contacts', () => {
  it('createContactPreferV2 gets the handle at once from /v2/contact/create', async () => {
    const before = await lastLogId(w.sandbox.url);
    const created = await createContactPreferV2(w.client, { tld: 'us', fields: { ...VALID_CONTACTS.us } });
    expect(created.procId).toBeUndefined();
    expect(w.state().contacts[created.handle ?? '']?.fields['nexus-category']).toBe('C11');
    expect((await logSince(w.sandbox.url, before)).map((e) => e.request)).toEqual(['v2/contact/create']);
  });

  it('falls back to contact-create (Proc-ID to follow) where the DMAPI has no /v2/contact/create', async () => {
    const client = new DmapiClient({ transport: createTransport({ baseUrl: proxyUrl }), credential: { apiKey: 'sandbox-full-key' } });
    const created = await createContactPreferV2(client, { tld: 'fi', fields: { ...VALID_CONTACTS.fi } });
    expect(created.procId).toMatch(/^\d+$/);
    const handle = created.handle ?? '';
    expect(w.state().contacts[handle]?.fields['x-ficora-identity']).toBe('131052-308T');
  });

  it('never follows a v2 failure that may have created the contact with a second request', async () => {
    await operator(w.sandbox.url, '/_sandbox/faults', { request: 'v2/contact/create', mode: 'http500', count: 1 });
    const before = await lastLogId(w.sandbox.url);
    const count = Object.keys(w.state().contacts).length;
    await expect(createContactPreferV2(w.client, { tld: 'com', fields: { ...VALID_CONTACTS.com } })).rejects.toThrow();
    expect((await logSince(w.sandbox.url, before)).map((e) => e.request)).not.toContain('contact-create');
    expect(Object.keys(w.state().contacts)).toHaveLength(count);
  });

  it('queryContact reads every field and the dates; contactModify sends changes and the clear marker', async () => {
    const { handle } = await createContactPreferV2(w.client, { tld: 'com', fields: { ...VALID_CONTACTS.com, fax: '+1.422.8002' } });
    const stored = await queryContact(w.client, { handle: handle ?? '' });
    expect(stored.fields).toMatchObject({ name: 'John Doe', city: 'Smalltown', fax: '+1.422.8002' });
    expect(stored.created).toBeInstanceOf(Date);
    await contactModify(w.client, { handle: handle ?? '', tld: 'com', fields: { city: 'Bigtown', fax: CLEAR_VALUE } });
    expect(w.state().contacts[handle ?? '']?.fields).toMatchObject({ city: 'Bigtown', name: 'John Doe' });
    expect(w.state().contacts[handle ?? '']?.fields.fax).toBeUndefined();
  });

  it('queryContactList: extended rows with e-mail, paged with from/to, filtered by TLD', async () => {
    const page = await queryContactList(w.client, { extendedFormat: true, from: 1, to: 3, tld: 'com' });
    expect(page).toHaveLength(3);
    expect(page.every((r) => r.email?.includes('@'))).toBe(true);
    const next = await queryContactList(w.client, { extendedFormat: true, from: 3, to: 3, tld: 'com' });
    expect(next[0]?.handle).toBe(page[2]?.handle);
  });
});

describe('hosts', () => {
  it('nsCreate with two IPv4 and one IPv6; nsModify replaces them and an empty family is removed', async () => {
    const host = `ns9.${w.domain}`;
    await nsCreate(w.client, { host, ip: ['185.10.20.30', '185.10.20.31'], ipv6: ['2a01:4f8::53'] });
    expect(w.state().hosts[host]).toMatchObject({ ipv4: ['185.10.20.30', '185.10.20.31'], ipv6: ['2a01:4f8::53'] });
    expect(await queryHost(w.client, { host })).toEqual({ host, ipv4: ['185.10.20.30', '185.10.20.31'], ipv6: ['2a01:4f8::53'] });
    await nsModify(w.client, { host, ip: ['185.10.20.32'], ipv6: [] });
    expect(w.state().hosts[host]).toMatchObject({ ipv4: ['185.10.20.32'], ipv6: [] });
    expect(await queryHost(w.client, { host: `nope.${w.domain}` })).toBeNull();
  });
});
