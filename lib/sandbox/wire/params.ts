/**
 * Request parameters. DMAPI request and parameter names are case-insensitive, so names are lower-cased on the way
 * in; values stay exactly as sent. A parameter present with an empty value is distinct from an absent one, because in
 * `*-modify` requests an empty value means "leave unchanged" and `!@!` clears a field (docs/dmapi-notes.md, "Modify requests").
 */
export class Params {
  private readonly map = new Map<string, string>();

  constructor(entries: Iterable<[string, string]> = []) {
    // First occurrence wins for a repeated name, like a typical CGI reader.
    for (const [k, v] of entries) {
      const key = k.toLowerCase();
      if (!this.map.has(key)) this.map.set(key, v);
    }
  }

  static fromSearch(search: string): Params {
    return new Params(new URLSearchParams(search).entries());
  }

  /** Value as sent, or undefined when absent. */
  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  /** Value trimmed; undefined when absent or blank. */
  text(name: string): string | undefined {
    const v = this.get(name)?.trim();
    return v ? v : undefined;
  }

  /** DMAPI booleans: 1, y, yes, true (any case) are true. */
  flag(name: string): boolean {
    const v = this.text(name)?.toLowerCase();
    return v === '1' || v === 'y' || v === 'yes' || v === 'true';
  }

  names(): string[] {
    return [...this.map.keys()];
  }

  /** Names matching a prefix, e.g. `ds-` → ['ds-1', 'ds-2'] (sorted by their numeric suffix). */
  withPrefix(prefix: string): Array<[string, string]> {
    const p = prefix.toLowerCase();
    return [...this.map.entries()]
      .filter(([k]) => k.startsWith(p))
      .sort(([a], [b]) => Number(a.slice(p.length)) - Number(b.slice(p.length)) || a.localeCompare(b));
  }

  /** A copy without the secrets (auth-sid, password, api-key), safe for logs. */
  redacted(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.map) out[k] = k === 'auth-sid' || k === 'password' || k === 'api-key' ? '***' : v;
    return out;
  }
}
