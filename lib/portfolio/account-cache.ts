import 'server-only';

/**
 * Values the panel keeps per DMAPI account (by its uid) in the panel process, shared by every user and view of that
 * account: the portfolio copy, the price list. Held on globalThis because Next bundles pages, route handlers and the
 * job runner as separate module graphs, and they must see one copy. Only plain data goes in (no class instances
 * whose `instanceof` would differ between graphs). A load is single-flight: concurrent readers share it.
 */
interface Entry {
  value: Promise<unknown>;
  /** When the load started (ms): the age of what it returns is at least this old. */
  at: number;
  lastUsed: number;
}

const KEY = Symbol.for('joker-panel.account-cache');
/** An entry nobody used for this long is dropped at the next access (a 100,000-domain copy is tens of MB). */
const IDLE_MS = 30 * 60_000;

function store(): Map<string, Entry> {
  const g = globalThis as { [KEY]?: Map<string, Entry> };
  g[KEY] ??= new Map();
  return g[KEY];
}

const keyOf = (uid: string, name: string) => `${uid}\u0000${name}`;

function sweep(now: number): void {
  for (const [key, entry] of store()) if (now - entry.lastUsed > IDLE_MS) store().delete(key);
}

export interface CachedOptions {
  /** Re-read unless the value is younger than this (ms): the user's "refresh". */
  fresherThan?: number;
}

/** The account's value `name`, loaded once and reused until it is `maxAgeMs` old. A failed load is not kept. */
export function accountCached<T>(uid: string, name: string, maxAgeMs: number, load: () => Promise<T>, options: CachedOptions = {}): Promise<T> {
  const now = Date.now();
  sweep(now);
  const key = keyOf(uid, name);
  const known = store().get(key);
  const limit = options.fresherThan ?? maxAgeMs;
  if (known && now - known.at < limit) {
    known.lastUsed = now;
    return known.value as Promise<T>;
  }
  const value = load();
  const entry: Entry = { value, at: now, lastUsed: now };
  store().set(key, entry);
  value.catch(() => {
    if (store().get(key) === entry) store().delete(key);
  });
  return value;
}

/** The value if one is held (loaded or loading) and younger than `maxAgeMs`; never starts a load. */
export function peekAccountCached<T>(uid: string, name: string, maxAgeMs: number): { value: Promise<T>; at: number } | undefined {
  const known = store().get(keyOf(uid, name));
  if (!known || Date.now() - known.at >= maxAgeMs) return undefined;
  known.lastUsed = Date.now();
  return { value: known.value as Promise<T>, at: known.at };
}

/** Replaces the held value (a patched copy), keeping its original age. */
export function replaceAccountCached<T>(uid: string, name: string, value: Promise<T>, at: number): void {
  store().set(keyOf(uid, name), { value, at, lastUsed: Date.now() });
}

/** Forgets `name` (or every value) of the account. */
export function dropAccountCached(uid: string, name?: string): void {
  if (name !== undefined) {
    store().delete(keyOf(uid, name));
    return;
  }
  for (const key of store().keys()) if (key.startsWith(`${uid}\u0000`)) store().delete(key);
}
