import { afterEach, describe, expect, it } from 'vitest';
import { dropUnscopedDrafts, forgetZoneDrafts, readDraft, withoutTypedPassword, writeDraft } from './draft-storage';

/** The browser's localStorage, as this node test has none (a Map behind the Storage calls the module makes). */
function browserStorage(): Map<string, string> {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
  };
  (globalThis as { window?: unknown }).window = { localStorage: storage };
  return items;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('kept drafts', () => {
  const draft = { baseVersion: 'v1', baseText: 'www A 0 192.0.2.1 3600', text: 'www A 0 192.0.2.2 3600' };

  it('are read back by their own scope only', () => {
    browserStorage();
    writeDraft('scopeA', 'example.com', draft);
    expect(readDraft('scopeA', 'example.com')?.text).toBe(draft.text);
    expect(readDraft('scopeB', 'example.com')).toBeUndefined();
  });

  it('kept before drafts had a scope are removed when a zone is opened; every scoped one stays', () => {
    const items = browserStorage();
    items.set('zone-draft:example.com', JSON.stringify(draft));
    items.set('zone-draft:bücher.de', JSON.stringify(draft));
    writeDraft('scopeA', 'example.com', draft);
    writeDraft('scopeB', 'example.org', draft);
    items.set('other-app', 'kept');
    dropUnscopedDrafts();
    expect([...items.keys()].sort()).toEqual(['other-app', 'zone-draft:scopeA:example.com', 'zone-draft:scopeB:example.org']);
  });

  it('are all forgotten at sign-out, scoped or not; other keys stay', () => {
    const items = browserStorage();
    items.set('zone-draft:example.com', JSON.stringify(draft));
    writeDraft('scopeA', 'example.com', draft);
    items.set('other-app', 'kept');
    forgetZoneDrafts();
    expect([...items.keys()]).toEqual(['other-app']);
  });
});

describe('withoutTypedPassword', () => {
  it('replaces a typed DynDNS password by the kept marker and says so', () => {
    const text = '$dnssec=no\n$dyndns=yes:home:S3cret-typed\nwww A 0 192.0.2.1 3600';
    expect(withoutTypedPassword(text)).toEqual({ text: '$dnssec=no\n$dyndns=yes:home:(unchanged)\nwww A 0 192.0.2.1 3600', dropped: true });
  });

  it('leaves a text without a typed password as it is', () => {
    for (const line of ['$dyndns=no::', '$dyndns=yes:home:(unchanged)', '$dyndns=no:home:']) {
      const text = `$dnssec=no\n${line}\n@ MX 10 mail 3600`;
      expect(withoutTypedPassword(text)).toEqual({ text, dropped: false });
    }
  });

  it('drops a password kept while DynDNS is switched off', () => {
    expect(withoutTypedPassword('$dyndns=no:home:old-secret').text).toBe('$dyndns=no:home:(unchanged)');
  });

  it('strips every $dyndns line the parser would read: any case, blanks, CR line breaks, a duplicate', () => {
    const text = '$dnssec=no\r\n  $DynDNS=yes:home:First-secret \r\n$dyndns=yes:home:Second-secret\nwww A 0 192.0.2.1 3600';
    const stored = withoutTypedPassword(text);
    expect(stored.dropped).toBe(true);
    expect(stored.text).not.toMatch(/secret/);
    expect(stored.text).toBe('$dnssec=no\r\n  $DynDNS=yes:home:(unchanged)\r\n$dyndns=yes:home:(unchanged)\nwww A 0 192.0.2.1 3600');
  });
});
