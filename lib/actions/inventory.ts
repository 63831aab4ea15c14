import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every server action module ('use server' files) and route handler (route.ts) under app/ and lib/, found by
 * scanning the tree, so that areas added later are covered by the guard test without anyone listing them.
 */
export interface Inventory {
  actionModules: string[];
  routeModules: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.next', '.data', '.git']);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
}

/** A module-level directive: the first statement, after comments. */
export function hasUseServerDirective(source: string): boolean {
  const stripped = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^['"]use server['"]/.test(stripped);
}

export function scanInventory(root: string): Inventory {
  const files: string[] = [];
  for (const top of ['app', 'lib']) walk(path.join(root, top), files);
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  return {
    actionModules: files.filter((f) => hasUseServerDirective(readFileSync(f, 'utf8'))).map(rel).sort(),
    routeModules: files.filter((f) => /(^|\/)route\.tsx?$/.test(rel(f)) && rel(f).startsWith('app/')).map(rel).sort(),
  };
}

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Route handlers that are public by design, and actions that are not made by createAction on purpose. Anything
 * else without the createAction/createRoute guard fails the inventory test.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  'app/api/health/route.ts': 'liveness probe, answers without a session',
  'app/api/auth/[...nextauth]/route.ts': 'next-auth: its session and sign-out endpoints',
  'app/(auth)/sign-in/route.ts':
    'sign-in is the way in: no session yet; a post from another site is refused, attempts are limited per address and credential, the body is capped by the panel server',
  'app/(public)/verify/page.tsx': 'whois verification landing page for owners arriving from e-mail: no session; the service credential, a per-address limit',
  'app/(public)/cor/page.tsx': 'change-of-registrant landing page for registrants arriving from e-mail: no session; the service credential, a per-address limit',
};

/**
 * Pages that answer without a session on purpose (app/(public)): each shows only what its token or key names.
 * The inventory test fails on a page under app/(public) missing here.
 */
export const PUBLIC_PAGES: Record<string, string> = {
  'app/(public)/invite/[token]/page.tsx':
    'grant invitation landing page: the token (256 random bits) shows that one invitation only; unknown tokens are counted per client address; Accept itself needs the invitee’s own sign-in',
  'app/(public)/verify/page.tsx':
    'whois verification landing page for the link in Joker’s e-mail: shows only what the key names (the address to verify), limited per client address; the answer is sent with the service credential',
  'app/(public)/cor/page.tsx':
    'change-of-registrant landing page for the link in Joker’s e-mail: shows only what the key names, limited per client address; the answer is sent with the service credential',
};

export const UNGUARDED_ACTIONS: Record<string, string> = {
  'app/(auth)/actions.ts#signOutAction': 'sign-out is open to everyone; without a session it only redirects',
  'app/(public)/invite/[token]/actions.ts#signInToAcceptAction':
    'sign-in on the invitation landing page: the same server path as the sign-in route (app/(auth)/sign-in/route.ts) (attempts limited per address and credential), returning to the invitation',
  'app/(public)/invite/[token]/actions.ts#switchAccountAction': 'sign-out on the invitation landing page, open to everyone as signOutAction is; returns to the invitation',
  'app/(public)/verify/actions.ts#answerVerificationAction':
    'an owner answers a whois verification with the key from their e-mail: no session; only key and yes/no are taken, the service credential calls the DMAPI, limited per address',
  'app/(public)/cor/actions.ts#answerChangeOfRegistrantAction':
    'a registrant answers a change of registrant with the key from their e-mail: no session; only key and yes/no are taken, the service credential calls the DMAPI, limited per address',
};
