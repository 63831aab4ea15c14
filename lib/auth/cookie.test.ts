import { describe, expect, it } from 'vitest';
import { ipFromHeaders } from './request-context';

describe('client address', () => {
  it('takes the client IP only from the header the panel server sets, and only valid addresses', () => {
    const headers: Record<string, string> = { 'x-forwarded-for': '6.6.6.6', 'x-panel-client-ip': '198.51.100.4' };
    const get = (name: string) => headers[name];
    process.env.__PANEL_SERVER = '1';
    try {
      expect(ipFromHeaders(get)).toBe('198.51.100.4');
      expect(ipFromHeaders((n) => (n === 'x-forwarded-for' ? '6.6.6.6' : undefined))).toBeNull();
      expect(ipFromHeaders((n) => (n === 'x-panel-client-ip' ? 'FORGED-not-an-ip' : undefined))).toBeNull();
      expect(ipFromHeaders((n) => (n === 'x-panel-client-ip' ? '::ffff:127.0.0.1' : undefined))).toBe('127.0.0.1');
    } finally {
      delete process.env.__PANEL_SERVER;
    }
    // Served without the panel's server (plain `next start`), nobody rewrites the header: it is not believed.
    expect(ipFromHeaders(get)).toBeNull();
  });
});
