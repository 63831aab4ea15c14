/**
 * ESLint rule: a file that starts with 'use client' must not import (directly) a server module: anything under
 * lib/db, lib/env, lib/auth (except the pure lib/auth/roles.ts) or lib/dmapi, and any module that says
 * `import 'server-only'` (the lib/jobs server modules, lib/portfolio/server.ts …). Type-only imports are fine: they
 * are erased before the browser bundle is built. Next's own check catches a server-only module deep in a client
 * graph at build time; this rule names the offending import in the editor, and also covers lib/dmapi's pure modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FORBIDDEN_DIRS = ['lib/db', 'lib/env', 'lib/auth', 'lib/dmapi'];
const ALLOWED = new Set(['lib/auth/roles.ts']);
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];
const SERVER_ONLY = /^\s*import\s+['"]server-only['"]/m;

/** The file an import names, for the project's own modules (`@/…` or relative); undefined for packages. */
function resolveLocal(source, fromFile) {
  let base;
  if (source.startsWith('@/')) base = path.join(root, source.slice(2));
  else if (source.startsWith('.')) base = path.resolve(path.dirname(fromFile), source);
  else return undefined;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (path.extname(candidate) !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const serverOnlyCache = new Map();
function marksServerOnly(file) {
  if (!serverOnlyCache.has(file)) serverOnlyCache.set(file, SERVER_ONLY.test(readFileSync(file, 'utf8')));
  return serverOnlyCache.get(file);
}

/** Why `source` may not be imported from a client file, or null. */
export function serverImportProblem(source, fromFile) {
  if (source === 'server-only') return 'server-only';
  const file = resolveLocal(source, fromFile);
  if (!file) return null;
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (ALLOWED.has(rel)) return null;
  const dir = FORBIDDEN_DIRS.find((d) => rel === d || rel.startsWith(`${d}/`));
  if (dir) return `${dir} is server-only`;
  if (marksServerOnly(file)) return `${rel} imports 'server-only'`;
  return null;
}

function isClientFile(program) {
  const first = program.body[0];
  return first?.type === 'ExpressionStatement' && first.directive === 'use client';
}

function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
export const noServerImportInClient = {
  meta: {
    type: 'problem',
    docs: { description: "Keep server modules out of 'use client' files" },
    schema: [],
    messages: { server: "'use client' file imports {{source}} ({{why}}); pass the data in as props or call a server action" },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || !node.source || typeOnly(node)) return;
      const why = serverImportProblem(String(node.source.value), context.filename);
      if (why) context.report({ node, messageId: 'server', data: { source: String(node.source.value), why } });
    };
    return {
      Program(program) {
        client = isClientFile(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression(node) {
        if (client && node.source.type === 'Literal') check({ source: node.source });
      },
    };
  },
};

const plugin = { meta: { name: 'panel-local' }, rules: { 'no-server-import-in-client': noServerImportInClient } };
export default plugin;
