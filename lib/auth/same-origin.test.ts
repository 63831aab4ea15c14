import { describe, expect, it } from 'vitest';
import { isSameOriginPost } from './same-origin';

const post = (headers: Record<string, string>) => isSameOriginPost(new Headers(headers));

describe('isSameOriginPost', () => {
  it('accepts a post whose Origin names the host it was sent to', () => {
    expect(post({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' })).toBe(true);
    expect(post({ origin: 'https://Panel.Example.com', host: 'panel.example.com' })).toBe(true);
    // Behind a trusted proxy (the panel's server drops the header from anyone else): the host the browser addressed.
    expect(post({ origin: 'https://panel.example.com', host: '10.0.0.5:3000', 'x-forwarded-host': 'panel.example.com' })).toBe(true);
  });

  it('refuses another site, another port, a missing, null or unreadable Origin', () => {
    expect(post({ origin: 'https://attacker.example', host: 'panel.example.com' })).toBe(false);
    expect(post({ origin: 'http://127.0.0.1:4000', host: '127.0.0.1:3000' })).toBe(false);
    expect(post({ host: 'panel.example.com' })).toBe(false);
    expect(post({ origin: 'null', host: 'panel.example.com' })).toBe(false);
    expect(post({ origin: 'not a url', host: 'panel.example.com' })).toBe(false);
    expect(post({ origin: 'https://panel.example.com' })).toBe(false);
  });
});
