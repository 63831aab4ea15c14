import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Env, parseEnv } from './schema';

/**
 * Makes `dir` (and any missing parent) readable by this user only: the data directory holds the generated secret,
 * PGlite's files and the sandbox state. An existing directory is tightened too, when this user owns it, except a
 * shared one (the sticky bit, as /tmp has): closing that would break every other user of the machine.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (statSync(dir).mode & 0o1000) {
    console.warn(`[panel] ${dir} is a shared directory (sticky bit): left as it is; point DATA_DIR at a directory of its own`);
    return;
  }
  try {
    chmodSync(dir, 0o700);
  } catch (error) {
    console.warn(`[panel] could not make ${dir} private (chmod 700): ${(error as Error).message}`);
  }
}

/**
 * Reads the panel secret from DATA_DIR, creating it once. Used only where PANEL_SECRET may be absent (sandbox and
 * development); never a constant fallback.
 */
export function generatedSecret(dataDir: string): string {
  const file = path.resolve(dataDir, 'panel-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensurePrivateDir(path.dirname(file));
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  console.info(`[panel] PANEL_SECRET is not set: generated one and stored it in ${file} (used to encrypt credentials).`);
  return secret;
}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = parseEnv(source);
  if (parsed.PANEL_SECRET) return parsed;
  return { ...parsed, PANEL_SECRET: generatedSecret(parsed.DATA_DIR) };
}
