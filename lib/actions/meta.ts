import type { Area, Operation } from '@/lib/auth/roles';

/** Attached to every action and route made by the wrappers, so the inventory test can check each one's guard. */
export interface GuardMeta {
  kind: 'action' | 'route';
  name: string;
  area: Area;
  operation: Operation;
}

export const GUARD_META = Symbol.for('panel.guard-meta');

export function guardMetaOf(value: unknown): GuardMeta | undefined {
  if (typeof value !== 'function') return undefined;
  return (value as unknown as Record<symbol, GuardMeta | undefined>)[GUARD_META];
}

export function withGuardMeta<F extends object>(fn: F, meta: GuardMeta): F {
  Object.defineProperty(fn, GUARD_META, { value: meta, enumerable: false });
  return fn;
}
