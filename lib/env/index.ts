import 'server-only';
import { loadEnv } from './load';
import type { Env } from './schema';

export { type Env, type Environment, EnvError } from './schema';

let cached: Env | undefined;

/** The validated environment of this process; throws an EnvError naming the bad variable. */
export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

/**
 * Lazy view of getEnv(): validation runs on first use, not at import, so that `next build` can analyse modules
 * without production secrets being present.
 */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => getEnv()[key as keyof Env],
});
