import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { teamMembers } from '@/lib/db/schema';
import { actAs, lastLogId, sandboxLog, startTestWorld, type TestWorld } from '@/lib/auth/test-support';
import { ROLES, permission, type Role } from '@/lib/auth/roles';
import { guardMetaOf, type GuardMeta } from './meta';
import { HTTP_METHODS, PUBLIC_ROUTES, scanInventory, UNGUARDED_ACTIONS } from './inventory';

vi.mock('next/headers', async () => (await import('@/lib/auth/test-support')).nextHeadersMock());

const root = path.resolve(__dirname, '../..');
const inventory = scanInventory(root);

interface Entry {
  id: string;
  fn: (...args: unknown[]) => Promise<unknown>;
  meta: GuardMeta;
}

let world: TestWorld;
const entries: Entry[] = [];
const problems: string[] = [];
const sessionOf: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  world = await startTestWorld();
  for (const file of inventory.actionModules) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const meta = guardMetaOf(value);
      if (meta) entries.push({ id: `${file}#${name}`, fn: value as Entry['fn'], meta });
      else if (!UNGUARDED_ACTIONS[`${file}#${name}`]) problems.push(`${file}#${name} is not made by createAction`);
    }
  }
  for (const file of inventory.routeModules) {
    if (PUBLIC_ROUTES[file]) continue;
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const value = mod[method];
      if (typeof value !== 'function') continue;
      const meta = guardMetaOf(value);
      if (meta) entries.push({ id: `${file}#${method}`, fn: value as Entry['fn'], meta });
      else problems.push(`${file}#${method} is not made by createRoute`);
    }
  }
  // One session per role. The sandbox has three reseller keys, so the @full key's team row is switched to each staff
  // role in turn (roles are resolved per request); the customer key is a customer.
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const full = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-full-key' }, '198.51.100.9');
  const customer = await signInWithCredential({ method: 'api-key', apiKey: 'sandbox-customer-key' }, '198.51.100.9');
  if (!full.ok || !customer.ok) throw new Error('demo sign-in failed');
  for (const role of ROLES) sessionOf[role] = role === 'customer' ? customer.sessionId : full.sessionId;
}, 180_000);
afterAll(async () => world?.close());

async function setFullKeyRole(role: Role) {
  if (role === 'customer') return;
  const { credentialFingerprint } = await import('@/lib/auth/keys');
  await world.database.db
    .update(teamMembers)
    .set({ role })
    .where(eq(teamMembers.fingerprint, credentialFingerprint({ apiKey: 'sandbox-full-key' })));
}

async function call(entry: Entry): Promise<{ code?: string; status?: number }> {
  if (entry.meta.kind === 'route') {
    const response = (await entry.fn(new Request('http://127.0.0.1/inventory-probe'), { params: Promise.resolve({}) })) as Response;
    return { status: response.status };
  }
  const result = (await entry.fn(null, new FormData())) as { ok: boolean; code?: string };
  return { code: result.ok ? 'ok' : result.code };
}

describe('inventory of server actions and route handlers', () => {
  it('finds the modules and every export is guarded by createAction/createRoute', () => {
    expect(inventory.actionModules).toContain('app/(panel)/settings/actions.ts');
    expect(inventory.routeModules).toContain('app/api/health/route.ts');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['app/(panel)/settings/actions.ts#registerMemberAction']));
  });

  it('each refuses without a session and for every role that must not use it, with no DMAPI request made', async () => {
    const before = await lastLogId(world.sandboxUrl);
    const failures: string[] = [];
    await actAs(null);
    for (const entry of entries) {
      const outcome = await call(entry);
      if (outcome.code !== 'unauthenticated' && outcome.status !== 401) failures.push(`${entry.id} without session: ${JSON.stringify(outcome)}`);
    }
    for (const role of ROLES) {
      await setFullKeyRole(role);
      await actAs(sessionOf[role] ?? null);
      for (const entry of entries) {
        if (permission({ role, userAccess: '@full' }, entry.meta.area, entry.meta.operation).allowed) continue;
        const outcome = await call(entry);
        if (outcome.code !== 'forbidden' && outcome.status !== 403) failures.push(`${entry.id} as ${role}: ${JSON.stringify(outcome)}`);
      }
    }
    await setFullKeyRole('owner');
    expect(failures).toEqual([]);
    expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
  });

  it('sign-out without a session makes no DMAPI request', async () => {
    const { signOutAction } = await import('@/app/(auth)/actions');
    const before = await lastLogId(world.sandboxUrl);
    await actAs(null);
    await expect(signOutAction()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await sandboxLog(world.sandboxUrl, before)).toEqual([]);
  });
});

describe('public pages', () => {
  it('lists every page under app/(public) with its reason', async () => {
    const { readdirSync } = await import('node:fs');
    const { PUBLIC_PAGES } = await import('./inventory');
    const pages = (readdirSync(path.join(root, 'app/(public)'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('page.tsx'))
      .map((f) => `app/(public)/${f.split(path.sep).join('/')}`);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !PUBLIC_PAGES[p])).toEqual([]);
  });
});
