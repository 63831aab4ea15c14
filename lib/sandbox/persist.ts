/**
 * Persistence: the working state lives in memory (fast enough for 100,000 domains) and is saved into a PGlite
 * database directory as JSON: one "core" row (accounts, sessions, contacts, hosts, results, orders, …) and the
 * domains with their zones in 64 buckets by name. Only buckets holding a changed domain are rewritten (the engine
 * tracks which domains a request touched), so a change at 100,000 domains costs milliseconds, not a full dump.
 * Saves are debounced after changes and forced on close. A restart loads the snapshot instead of reseeding.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Domain, SandboxState, Zone } from './state/types';
import type { DirtySet } from './dirty';

export const BUCKETS = 64;
const FORMAT = '2';

/** FNV-1a of the name: a domain's bucket, stable across restarts. */
export function bucketOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

interface BucketJson {
  domains: Domain[];
  zones: Zone[];
}

function coreJson(state: SandboxState): string {
  return JSON.stringify({ ...state, domains: [], zones: {} });
}

function bucketsJson(state: SandboxState, wanted: Set<number> | 'all'): Map<number, string> {
  const parts = new Map<number, BucketJson>();
  const want = (b: number): boolean => wanted === 'all' || wanted.has(b);
  if (wanted === 'all') for (let b = 0; b < BUCKETS; b++) parts.set(b, { domains: [], zones: [] });
  else for (const b of wanted) parts.set(b, { domains: [], zones: [] });
  for (const d of state.domains.values()) {
    const b = bucketOf(d.name);
    if (want(b)) parts.get(b)?.domains.push(d);
  }
  for (const z of Object.values(state.zones)) {
    const b = bucketOf(z.domain);
    if (want(b)) parts.get(b)?.zones.push(z);
  }
  return new Map([...parts].map(([b, p]) => [b, JSON.stringify(p)]));
}

export class SnapshotStore {
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir: string): Promise<SnapshotStore> {
    const dir = path.resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const db = new PGlite(dir);
    await db.exec(`CREATE TABLE IF NOT EXISTS sandbox_core (id integer PRIMARY KEY, body text NOT NULL);
      CREATE TABLE IF NOT EXISTS sandbox_bucket (bucket integer PRIMARY KEY, body text NOT NULL);
      CREATE TABLE IF NOT EXISTS sandbox_meta (key text PRIMARY KEY, value text NOT NULL);`);
    return new SnapshotStore(db);
  }

  async load(): Promise<SandboxState | null> {
    const meta = await this.db.query<{ value: string }>(`SELECT value FROM sandbox_meta WHERE key = 'format'`);
    if (meta.rows[0]?.value !== FORMAT) return null;
    const core = await this.db.query<{ body: string }>(`SELECT body FROM sandbox_core WHERE id = 1`);
    const coreBody = core.rows[0]?.body;
    if (!coreBody) return null;
    const state = JSON.parse(coreBody) as Omit<SandboxState, 'domains'> & { domains: unknown };
    const domains = new Map<string, Domain>();
    const zones: Record<string, Zone> = {};
    const rows = await this.db.query<{ body: string }>(`SELECT body FROM sandbox_bucket ORDER BY bucket`);
    for (const row of rows.rows) {
      const part = JSON.parse(row.body) as BucketJson;
      for (const d of part.domains) domains.set(d.name, d);
      for (const z of part.zones) zones[z.domain] = z;
    }
    // Snapshots written before domain-redeem existed have no redemptions.
    return { ...state, domains, zones, redemptions: (state as Partial<SandboxState>).redemptions ?? {} } as SandboxState;
  }

  /** Writes the core and the buckets of the changed domains (all buckets for 'all'). */
  async save(state: SandboxState, dirty: DirtySet): Promise<void> {
    const core = coreJson(state);
    const wanted = dirty === 'all' ? 'all' : new Set([...dirty].map(bucketOf));
    const buckets = bucketsJson(state, wanted);
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO sandbox_core (id, body) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`, [core]);
      for (const [b, body] of buckets) {
        await tx.query(`INSERT INTO sandbox_bucket (bucket, body) VALUES ($1, $2) ON CONFLICT (bucket) DO UPDATE SET body = EXCLUDED.body`, [b, body]);
      }
      await tx.query(`INSERT INTO sandbox_meta (key, value) VALUES ('format', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [FORMAT]);
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/**
 * Saves at most once per interval while changes keep coming, and once more on flush() (close, SIGTERM). The
 * interval grows with the last save's duration (a full save of 100,000 domains blocks for seconds).
 */
export class Persister {
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SnapshotStore,
    private readonly getState: () => SandboxState,
    /** Takes (and clears) what changed since the last call; null when nothing did. */
    private readonly takeDirty: () => DirtySet | null,
    private intervalMs = 1000,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.intervalMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.saving = this.saving.then(async () => {
      const dirty = this.takeDirty();
      if (!dirty) return;
      try {
        const t0 = performance.now();
        await this.store.save(this.getState(), dirty);
        this.intervalMs = Math.min(60_000, Math.max(1000, 5 * (performance.now() - t0)));
      } catch (e) {
        console.error('[sandbox] saving the snapshot failed:', e);
      }
    });
    await this.saving;
  }
}
