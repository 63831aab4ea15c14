import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactHandle } from '@/lib/schemas/common';
import { domainName } from '@/lib/schemas/domain';
import { hostName } from '@/lib/schemas/host';
import { parseZone } from '@/lib/zone';
import * as dmapi from './index';
import { lastLogId, logSince, startWorld, type SandboxWorld } from './sandbox-world';

/**
 * Parameter smuggling (issue: hostile input). Names carrying `&`, `=`, `%`, line breaks, spaces or look-alike Unicode
 * are refused by the panel's validation with a message; free text that may carry them reaches the DMAPI as one
 * parameter each, byte for byte (the sandbox's state and log are the proof), never as a second parameter.
 */
let w: SandboxWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.sandbox.close();
});

const HOSTILE = ['a.com&domain=b.com', 'a.com=1', 'a%2ecom', 'a.com%26x', 'a.com\nauth-sid: x', 'a.com\r\nx', 'a .com', ' a.com&', 'a.com;b.com', 'a.com\u0000'];

describe('names that could smuggle a parameter are refused with a message', () => {
  for (const [label, schema] of [['domain name', domainName], ['host name', hostName], ['contact handle', contactHandle]] as const) {
    it(label, () => {
      for (const value of HOSTILE) {
        const parsed = schema.safeParse(value);
        expect(parsed.success, JSON.stringify(value)).toBe(false);
        expect(parsed.error?.issues[0]?.message, JSON.stringify(value)).toMatch(/\w{3,}/);
      }
    });
  }

  it('an internationalised name is accepted as one name, not split', () => {
    const parsed = domainName.safeParse('bücher.de');
    expect(parsed.success).toBe(true);
    expect(String(parsed.data)).not.toMatch(/[&=%\s]/);
  });
});

describe('free text reaches the DMAPI as one parameter, byte for byte', () => {
  it('a TXT value and a contact name full of &, =, %, quotes and Unicode', async () => {
    const txt = 'v=spf1 a&b=c%20d ü &auth-sid=stolen';
    const since = await lastLogId(w.sandbox.url);
    const { directives, records } = parseZone(`x TXT 0 "${txt}" 3600\n`);
    await dmapi.dnsZonePut(w.client, { domain: w.domain, directives, records });
    const stored = w.state().zones[w.domain]?.records ?? [];
    expect(stored).toContain(`x TXT 0 "${txt}" 3600`);

    const name = 'Smith & Sons = 100% <b>"Ünïcode"</b>';
    const created = await dmapi.contactCreate(w.client, {
      tld: 'com',
      fields: { name, email: 'a@example.org', 'address-1': 'Street 1 & 2', city: 'Town=City', 'postal-code': '12345', country: 'US', phone: '+1.5555555' },
    });
    const fields = w.state().contacts[created.handle as string]?.fields;
    expect(fields).toMatchObject({ name, 'address-1': 'Street 1 & 2', city: 'Town=City' });
    // Each request arrived once, as itself: nothing in the values became a request of its own or a second session.
    const log = await logSince(w.sandbox.url, since);
    expect(log.map((e) => e.request)).toEqual(['dns-zone-put', 'contact-create']);
  });
});

describe('oversized input gets a limit message', () => {
  it('a bulk action naming 10,000 domains is refused with what to do instead', async () => {
    const { selectionSchema } = await import('@/lib/jobs/request');
    const domains = Array.from({ length: 10_000 }, (_, i) => `d${i}.com`);
    const parsed = selectionSchema.safeParse({ mode: 'domains', domains });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('At most 5,000 domains can be named in one bulk action: select them with a filter instead');
    expect(selectionSchema.safeParse({ mode: 'filter', query: 'q=*.com', exclude: [] }).success).toBe(true);
  });
});
