import { describe, expect, it } from 'vitest';
import { EnvError, environmentOf, parseEnv } from './schema';

describe('parseEnv', () => {
  it('defaults to the embedded sandbox and PGlite when nothing is set', () => {
    const env = parseEnv({});
    expect(env.ENVIRONMENT).toBe('sandbox');
    expect(env.SANDBOX).toBe(true);
    expect(env.DMAPI_URL).toBe('http://127.0.0.1:7070');
    expect(env.DATABASE_KIND).toBe('pglite');
    expect(env.PORT).toBe(3000);
    expect(env.SESSION_MAX_HOURS).toBe(24 * 7);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DMAPI_URL: '', DATABASE_URL: '' }).ENVIRONMENT).toBe('sandbox');
  });

  it('refuses a bad DMAPI_URL with a message naming it', () => {
    expect(() => parseEnv({ DMAPI_URL: 'dmapi.joker.com' })).toThrow(EnvError);
    expect(() => parseEnv({ DMAPI_URL: 'ftp://dmapi.joker.com' })).toThrow(/DMAPI_URL/);
    try {
      parseEnv({ DMAPI_URL: 'not a url' });
    } catch (error) {
      expect((error as EnvError).issues.map((i) => i.variable)).toEqual(['DMAPI_URL']);
      expect((error as Error).message).toMatch(/DMAPI_URL: must be an http\(s\) URL/);
    }
  });

  it('recognises OT&E, production and custom DMAPIs and strips the trailing slash', () => {
    expect(parseEnv({ DMAPI_URL: 'https://dmapi.ote.joker.com/' })).toMatchObject({
      ENVIRONMENT: 'ote',
      DMAPI_URL: 'https://dmapi.ote.joker.com',
      SANDBOX: false,
    });
    expect(environmentOf('https://dmapi.joker.com')).toBe('production');
    expect(environmentOf('http://127.0.0.1:9999')).toBe('custom');
  });

  it('requires PANEL_SECRET and PANEL_RESELLER in production against a real DMAPI', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DMAPI_URL: 'https://dmapi.joker.com' })).toThrow(/PANEL_SECRET[\s\S]*PANEL_RESELLER/);
    const production = { NODE_ENV: 'production', DMAPI_URL: 'https://dmapi.joker.com', PANEL_SECRET: 'x'.repeat(40), PANEL_URL: 'https://panel.example.com' };
    expect(() => parseEnv(production)).toThrow(/PANEL_RESELLER: is required/);
    expect(parseEnv({ ...production, PANEL_RESELLER: 'reseller@example.com' }).PANEL_RESELLER).toBe('reseller@example.com');
    // The sandbox needs none: a secret is generated and stored under DATA_DIR.
    expect(() => parseEnv({ NODE_ENV: 'production' })).not.toThrow();
  });

  it('refuses a short PANEL_SECRET, a non-postgres DATABASE_URL and a bad port, naming each', () => {
    expect(() => parseEnv({ PANEL_SECRET: 'short' })).toThrow(/PANEL_SECRET/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('listens on this machine only by default and validates TRUSTED_PROXIES, naming the bad entry', () => {
    expect(parseEnv({}).HOST).toBe('127.0.0.1');
    expect(parseEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }).TRUSTED_PROXIES).toBe('127.0.0.1, 10.0.0.0/8');
    expect(() => parseEnv({ TRUSTED_PROXIES: '127.0.0.1, proxy.local' })).toThrow(/TRUSTED_PROXIES: "proxy\.local" is neither/);
  });

  it('takes the panel URL from PANEL_URL: https makes cookies Secure; production needs it, over https off loopback', () => {
    expect(parseEnv({ PORT: '3100' })).toMatchObject({ PANEL_URL: 'http://localhost:3100', PANEL_SECURE: false });
    expect(parseEnv({ PANEL_URL: 'https://panel.example.com/' })).toMatchObject({ PANEL_URL: 'https://panel.example.com', PANEL_SECURE: true });
    const production = { NODE_ENV: 'production', DMAPI_URL: 'https://dmapi.joker.com', PANEL_SECRET: 'x'.repeat(40), PANEL_RESELLER: 'r' };
    expect(() => parseEnv(production)).toThrow(/PANEL_URL: is required/);
    expect(() => parseEnv({ ...production, PANEL_URL: 'http://panel.example.com' })).toThrow(/PANEL_URL: must be https/);
    expect(parseEnv({ ...production, PANEL_URL: 'http://127.0.0.1:3000' }).PANEL_SECURE).toBe(false);
    expect(() => parseEnv({ PANEL_URL: 'panel.example.com' })).toThrow(/PANEL_URL/);
  });

  it('refuses a plain-http DMAPI off this machine, in production and development alike', () => {
    const complete = { PANEL_SECRET: 'x'.repeat(40), PANEL_RESELLER: 'r', PANEL_URL: 'https://p.example' };
    for (const NODE_ENV of ['production', 'development']) {
      expect(() => parseEnv({ ...complete, NODE_ENV, DMAPI_URL: 'http://dmapi.joker.com' })).toThrow(/DMAPI_URL: must be https/);
    }
    expect(parseEnv({ DMAPI_URL: 'http://127.0.0.1:7171' }).ENVIRONMENT).toBe('custom');
    expect(parseEnv({ DMAPI_URL: 'http://localhost:7171' }).DMAPI_URL).toBe('http://localhost:7171');
  });
});
