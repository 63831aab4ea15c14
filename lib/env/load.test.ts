import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePrivateDir, loadEnv } from './load';

describe('loadEnv', () => {
  const made: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    made.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('generates a random PANEL_SECRET once and reuses it', () => {
    const dir = tempDir();
    const first = loadEnv({ DATA_DIR: dir });
    const second = loadEnv({ DATA_DIR: dir });
    expect(first.PANEL_SECRET).toHaveLength(64);
    expect(second.PANEL_SECRET).toBe(first.PANEL_SECRET);
    expect(readFileSync(path.join(dir, 'panel-secret'), 'utf8').trim()).toBe(first.PANEL_SECRET);
    expect(statSync(path.join(dir, 'panel-secret')).mode & 0o777).toBe(0o600);
    const other = loadEnv({ DATA_DIR: tempDir() });
    expect(other.PANEL_SECRET).not.toBe(first.PANEL_SECRET);
  });

  it('keeps the data directory to this user: created 0700, an existing one tightened', () => {
    const parent = tempDir();
    const fresh = path.join(parent, 'new', 'data');
    loadEnv({ DATA_DIR: fresh });
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    const open = tempDir();
    chmodSync(open, 0o755);
    loadEnv({ DATA_DIR: open });
    expect(statSync(open).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(open, 'panel-secret')).mode & 0o777).toBe(0o600);
  });

  it('leaves a shared directory (sticky bit, like /tmp) open: only directories of the panel are closed', () => {
    const shared = tempDir();
    chmodSync(shared, 0o1777);
    ensurePrivateDir(shared);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    const inside = path.join(shared, 'panel-data');
    ensurePrivateDir(inside);
    expect(statSync(inside).mode & 0o777).toBe(0o700);
  });

  it('keeps a configured PANEL_SECRET', () => {
    const secret = 's'.repeat(40);
    expect(loadEnv({ PANEL_SECRET: secret, DATA_DIR: '/nonexistent' }).PANEL_SECRET).toBe(secret);
  });
});
