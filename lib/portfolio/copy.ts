import 'server-only';
import { gzip } from 'node:zlib';
import type { DmapiClient } from '@/lib/dmapi';
import { accountCached, dropAccountCached, peekAccountCached, replaceAccountCached } from './account-cache';
import { decodePortfolio } from './encode';
import type { SortKey } from './filter';
import { sortRows } from './filter';
import { patchListWire } from './patch';
import { payloadToText } from './payload-text';
import { type ListWire, scanDomainListInSlices } from './scan';
import { loadListWire } from './server';
import type { PortfolioPayload, PortfolioRow } from './types';

/**
 * The account's portfolio as the panel holds it: one `query-domain-list` per account, shared by every user and view
 * (the list page's first screen, the list route, the overview's figures, the domain page's facts), re-read after
 * MAX_AGE_MS, on the user's Refresh, or after the panel's own writes (invalidatePortfolio). Everything derived from
 * it (the route's text and its gzip, the decoded rows, sorted orders) is computed at most once.
 */
export interface PortfolioCopy {
  /** When the list was read (ms). */
  readonly at: number;
  readonly wire: ListWire;
  /** GET /api/domains's answer (lib/portfolio/payload-text.ts). */
  text(): Buffer;
  /** The same text gzip-compressed, once, off the main thread; undefined until that is done. */
  gzipped(): Buffer | undefined;
  payload(): PortfolioPayload;
  rows(): PortfolioRow[];
  sorted(key: SortKey, dir: 'asc' | 'desc'): PortfolioRow[];
}

export const PORTFOLIO_MAX_AGE_MS = 5 * 60_000;
/** A Refresh within this long after a read reuses it (double clicks, two tabs). */
const REFRESH_REUSE_MS = 2_000;
/** Up to this many changed domains are re-read one by one; more, and the whole list is read again. */
const PATCH_LIMIT = 50;
const NAME = 'portfolio';

function memo<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * The copy of a wire, mapped in slices (scanDomainListInSlices) so that a large list does not hold up the process's
 * other requests while it is mapped.
 */
async function makeCopy(wire: ListWire): Promise<PortfolioCopy> {
  const mapped = await scanDomainListInSlices(wire);
  let gz: Buffer | undefined;
  const text = memo(() => {
    const buf = Buffer.from(payloadToText(mapped), 'utf8');
    // Compressed once per copy in the thread pool: Next would otherwise gzip megabytes on every request (issue #10).
    gzip(buf, { level: 6 }, (error, out) => {
      if (!error) gz = out;
    });
    return buf;
  });
  const rows = memo(() => decodePortfolio(mapped));
  const orders = new Map<string, PortfolioRow[]>();
  return {
    at: wire.at,
    wire,
    text,
    gzipped: () => gz,
    payload: () => mapped,
    rows,
    sorted(key, dir) {
      const k = `${key}:${dir}`;
      let out = orders.get(k);
      if (!out) orders.set(k, (out = sortRows(rows(), key, dir)));
      return out;
    },
  };
}

const DIRTY = Symbol.for('joker-panel.portfolio-dirty');
function dirtyNames(): Map<string, Set<string>> {
  const g = globalThis as { [DIRTY]?: Map<string, Set<string>> };
  g[DIRTY] ??= new Map();
  return g[DIRTY];
}

/**
 * The panel changed domains of the account (an action, a bulk job's item): the held copy is re-read before it is
 * served again. With names, only those rows are re-read (one `query-domain-list` with the name as pattern each, up to
 * PATCH_LIMIT); without, the whole list is.
 */
export function invalidatePortfolio(accountUid: string, domains?: readonly string[]): void {
  const pending = dirtyNames().get(accountUid) ?? new Set<string>();
  if (domains) for (const d of domains) pending.add(d.toLowerCase());
  if (!domains || pending.size > PATCH_LIMIT) {
    dirtyNames().delete(accountUid);
    dropAccountCached(accountUid, NAME);
    return;
  }
  dirtyNames().set(accountUid, pending);
}

export interface CopyOptions {
  /** The user's Refresh: read again unless the copy is only a moment old. */
  refresh?: boolean;
}

/** The account's copy, read (once, shared by concurrent callers) when there is none or it is too old. */
export function getPortfolioCopy(accountUid: string, client: DmapiClient, options: CopyOptions = {}): Promise<PortfolioCopy> {
  const pending = dirtyNames().get(accountUid);
  if (pending && !options.refresh) {
    dirtyNames().delete(accountUid);
    const held = peekAccountCached<PortfolioCopy>(accountUid, NAME, PORTFOLIO_MAX_AGE_MS);
    if (held) {
      const patched = held.value.then(async (copy) => makeCopy(await patchListWire(copy.wire, [...pending], client)));
      // The patched copy ages from the original read; a patch that fails leaves nothing held, so the next reader
      // reads the whole list.
      replaceAccountCached(accountUid, NAME, patched, held.at);
      patched.catch(() => dropAccountCached(accountUid, NAME));
      return patched;
    }
  }
  if (options.refresh && pending) {
    // A Refresh while rows are known to be stale reads the whole list, however young the copy is.
    dirtyNames().delete(accountUid);
    dropAccountCached(accountUid, NAME);
  }
  return accountCached(accountUid, NAME, PORTFOLIO_MAX_AGE_MS, async () => {
    const copy = await makeCopy(await loadListWire(client));
    sizes().set(accountUid, copy.payload().domain.length);
    return copy;
  }, { fresherThan: options.refresh ? REFRESH_REUSE_MS : undefined });
}

const SIZES = Symbol.for('joker-panel.portfolio-sizes');
function sizes(): Map<string, number> {
  const g = globalThis as { [SIZES]?: Map<string, number> };
  g[SIZES] ??= new Map();
  return g[SIZES];
}

/** How many domains the account had at its last read, kept after the copy itself is dropped; undefined if never read. */
export function knownPortfolioSize(accountUid: string): number | undefined {
  return sizes().get(accountUid);
}

/** The copy if one is held (read or being read) and fresh enough; never starts a read. */
export function heldPortfolioCopy(accountUid: string): Promise<PortfolioCopy> | undefined {
  if (dirtyNames().has(accountUid)) return undefined;
  return peekAccountCached<PortfolioCopy>(accountUid, NAME, PORTFOLIO_MAX_AGE_MS)?.value;
}
