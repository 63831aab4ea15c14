/**
 * What changed since the last save: a set of domain names (only their snapshot buckets are rewritten), or 'all'.
 * The core (accounts, sessions, contacts, hosts, results, orders, outbox, …) is always rewritten; it is small.
 */
import type { Params } from './wire/params';

export type DirtySet = Set<string> | 'all';

/** Requests that never change a domain or zone: their writes touch only the core. */
const CORE_ONLY = /^(login|logout|contact-(create|modify|delete)|v2\/contact\/create|user-set-property|(ns|host)-(create|modify|delete)|result-(list|retrieve|delete))$/;

/**
 * The domains a modifying request may have changed: its `domain` parameter; nothing for core-only requests; 'all'
 * when unsure (a pattern, an IDN written in Unicode, or no domain parameter at all).
 */
export function domainsTouched(request: string, params: Params): DirtySet {
  if (CORE_ONLY.test(request)) return new Set();
  const raw = params.text('domain');
  if (!raw) return 'all';
  const name = raw.toLowerCase().replace(/\.$/, '');
  if (/[*?]/.test(name) || !/^[\x21-\x7e]+$/.test(name)) return 'all';
  return new Set([name]);
}

export function mergeDirty(into: DirtySet | null, add: DirtySet): DirtySet {
  if (into === 'all' || add === 'all') return 'all';
  if (!into) return new Set(add);
  for (const n of add) into.add(n);
  return into;
}
