import { describe, expect, it } from 'vitest';
import { isSecureHost } from './cookie';
import { ipFromHeaders } from './request-context';

describe('session cookie security', () => {
  it('is Secure everywhere but on loopback hosts', () => {
    expect(isSecureHost('127.0.0.1:3100')).toBe(false);
    expect(isSecureHost('localhost')).toBe(false);
    expect(isSecureHost('[::1]:3000')).toBe(false);
    expect(isSecureHost('panel.example.com')).toBe(true);
    expect(isSecureHost('localhost.example.com')).toBe(true);
    expect(isSecureHost(null)).toBe(true);
  });

  it('takes the client IP from the last X-Forwarded-For hop, which the client cannot forge', () => {
    const headers: Record<string, string> = { 'x-forwarded-for': '6.6.6.6, 198.51.100.4' };
    expect(ipFromHeaders((n) => headers[n])).toBe('198.51.100.4');
    expect(ipFromHeaders(() => undefined)).toBeNull();
    expect(ipFromHeaders((n) => (n === 'x-forwarded-for' ? '::ffff:127.0.0.1' : undefined))).toBe('127.0.0.1');
  });
});
