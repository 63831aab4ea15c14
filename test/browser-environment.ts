import type { Environment } from 'vitest/environments';

/**
 * A browser-like Vitest environment for the modules both client components and the server import (lib/net,
 * lib/schemas, lib/zone, lib/contacts, lib/dates): modules are transformed for Vite's client environment, `window`
 * and `self` exist, and Node's `Buffer` and `global` are gone while the tests run. The browser project in
 * vitest.config.mts also refuses every import of a Node built-in or `server-only` (see noServerImports there).
 * jsdom / happy-dom are not installed and not needed: these modules touch no DOM.
 */
const HIDDEN = ['Buffer', 'global', 'setImmediate', 'clearImmediate'] as const;

export default {
  name: 'browser-like',
  viteEnvironment: 'client',
  setup(globals: Record<string, unknown>) {
    const saved = new Map<string, unknown>();
    for (const key of HIDDEN) {
      saved.set(key, globals[key]);
      delete globals[key];
    }
    globals.window = globals;
    globals.self = globals;
    return {
      teardown(after: Record<string, unknown>) {
        delete after.window;
        delete after.self;
        for (const [key, value] of saved) after[key] = value;
      },
    };
  },
} satisfies Environment;
