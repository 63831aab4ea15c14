import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './load';

describe('loadEnv', () => {
  it('generates a random PANEL_SECRET once and reuses it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
    const first = loadEnv({ DATA_DIR: dir });
    const second = loadEnv({ DATA_DIR: dir });
    expect(first.PANEL_SECRET).toHaveLength(64);
    expect(second.PANEL_SECRET).toBe(first.PANEL_SECRET);
    expect(readFileSync(path.join(dir, 'panel-secret'), 'utf8').trim()).toBe(first.PANEL_SECRET);
    expect(statSync(path.join(dir, 'panel-secret')).mode & 0o777).toBe(0o600);
    const other = loadEnv({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'env-test-')) });
    expect(other.PANEL_SECRET).not.toBe(first.PANEL_SECRET);
  });

  it('keeps a configured PANEL_SECRET', () => {
    const secret = 's'.repeat(40);
    expect(loadEnv({ PANEL_SECRET: secret, DATA_DIR: '/nonexistent' }).PANEL_SECRET).toBe(secret);
  });
});
