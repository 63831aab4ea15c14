import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnv } from './load';

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

  it('keeps a configured PANEL_SECRET', () => {
    const secret = 's'.repeat(40);
    expect(loadEnv({ PANEL_SECRET: secret, DATA_DIR: '/nonexistent' }).PANEL_SECRET).toBe(secret);
  });
});
