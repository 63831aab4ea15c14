/**
 * Persistence: the working state lives in memory (fast enough for 100,000 domains) and is written as one JSON
 * snapshot into a PGlite database directory, debounced after changes and on close. A restart loads the snapshot
 * instead of reseeding. `--memory` skips all of this.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { stateFromJson, stateToJson } from './state/store';
import type { SandboxState } from './state/types';

/** Large snapshots are split so no single text value gets unwieldy inside the WASM Postgres. */
const CHUNK = 4 * 1024 * 1024;

export class SnapshotStore {
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir: string): Promise<SnapshotStore> {
    const dir = path.resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const db = new PGlite(dir);
    await db.exec(`CREATE TABLE IF NOT EXISTS sandbox_snapshot (part integer PRIMARY KEY, body text NOT NULL);
      CREATE TABLE IF NOT EXISTS sandbox_meta (key text PRIMARY KEY, value text NOT NULL);`);
    return new SnapshotStore(db);
  }

  async load(): Promise<SandboxState | null> {
    const meta = await this.db.query<{ value: string }>(`SELECT value FROM sandbox_meta WHERE key = 'parts'`);
    const parts = Number(meta.rows[0]?.value ?? 0);
    if (!parts) return null;
    const rows = await this.db.query<{ body: string }>(`SELECT body FROM sandbox_snapshot WHERE part < $1 ORDER BY part`, [parts]);
    if (rows.rows.length !== parts) return null;
    return stateFromJson(rows.rows.map((r) => r.body).join(''));
  }

  async save(state: SandboxState): Promise<void> {
    const json = stateToJson(state);
    const parts: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) parts.push(json.slice(i, i + CHUNK));
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM sandbox_snapshot`);
      for (const [i, body] of parts.entries()) await tx.query(`INSERT INTO sandbox_snapshot (part, body) VALUES ($1, $2)`, [i, body]);
      await tx.query(`INSERT INTO sandbox_meta (key, value) VALUES ('parts', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [String(parts.length)]);
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/**
 * Saves at most once per interval while changes keep coming, and once more on flush() (close, SIGTERM). A save
 * blocks the event loop (JSON + WASM Postgres: ~4 s at 100,000 domains), so the interval grows with the last save's
 * duration: ~1 s for a demo portfolio, ~20 s at 100,000 domains.
 */
export class Persister {
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private pending = false;

  constructor(
    private readonly store: SnapshotStore,
    private readonly getState: () => SandboxState,
    private intervalMs = 1000,
  ) {}

  schedule(): void {
    this.pending = true;
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
      if (!this.pending) return;
      this.pending = false;
      try {
        const t0 = performance.now();
        await this.store.save(this.getState());
        this.intervalMs = Math.min(60_000, Math.max(1000, 5 * (performance.now() - t0)));
      } catch (e) {
        console.error('[sandbox] saving the snapshot failed:', e);
      }
    });
    await this.saving;
  }
}
