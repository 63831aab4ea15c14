import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const serverOnlyStub = path.join(root, 'test/server-only-stub.ts');

/** Modules that both client components and the server import; their tests run in Node and browser-like. */
const BROWSER_SAFE = ['lib/net', 'lib/schemas', 'lib/zone', 'lib/contacts', 'lib/dates', 'lib/jobs/kinds'];

/**
 * The browser project refuses what a browser bundle cannot hold: Node built-ins (`node:url`, `fs`…) and modules
 * marked `server-only`. A browser-safe module that grows such an import fails its tests here.
 */
function noServerImports(): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'no-server-imports',
    enforce: 'pre',
    resolveId(id, importer) {
      const bare = id.startsWith('node:') ? id.slice(5) : id;
      if (id.startsWith('node:') || builtins.has(bare.split('/')[0] as string) || id === serverOnlyStub || id === 'server-only') {
        throw new Error(`browser-safe code imports ${id === serverOnlyStub ? 'server-only' : id} (from ${importer ?? '?'})`);
      }
      return null;
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests run server code directly.
      'server-only': serverOnlyStub,
    },
  },
  test: {
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Expected DMAPI refusals in tests would otherwise each print a warning line; lib/log's own test sets its level.
    env: { LOG_LEVEL: 'silent' },
    // Integration tests start their own sandbox servers on distinct ports; keep them from starving two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['**/*.test.ts', '**/*.test.tsx'] },
      },
      {
        extends: true,
        plugins: [noServerImports()],
        test: {
          name: 'browser',
          environment: './test/browser-environment.ts',
          include: BROWSER_SAFE.map((dir) => `${dir}/**/*.test.ts`),
        },
      },
    ],
  },
});
