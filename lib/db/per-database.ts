import type { Db } from './open';

/**
 * `build(db)` once per database, then the same value for it: for prepared statements a request path runs on every
 * view. Drizzle builds a query's SQL anew on each call, which costs more CPU than PGlite's own work for a small query;
 * a statement prepared once is only executed. Kept per database handle (tests open several), not per module.
 */
export function perDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}
