import { describe, expect, it } from 'vitest';
import { requestAllowed } from './request-permission';

describe('requestAllowed and the root paths', () => {
  const list = ['login', 'contact-modify', 'query-price-list'];

  it('gates a root path as the listed request whose work it does, and leaves other root paths to the server', () => {
    expect(requestAllowed(list, 'v2/contact/create', { root: true })).toEqual({
      allowed: false,
      reason: "Joker.com does not let this API key send contact-create (it is not in the key's request list).",
    });
    expect(requestAllowed([...list, 'contact-create'], 'v2/contact/create', { root: true })).toEqual({ allowed: true });
    expect(requestAllowed(list, 'v2/query-price-list', { root: true })).toEqual({ allowed: true });
    expect(requestAllowed(list, 'whois', { root: true })).toEqual({ allowed: true });
  });

  it('refuses a listed request the key lacks, and allows everything without a list', () => {
    expect(requestAllowed(list, 'domain-lock').allowed).toBe(false);
    expect(requestAllowed(null, 'domain-lock')).toEqual({ allowed: true });
  });
});
