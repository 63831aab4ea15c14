import { describe, expect, it } from 'vitest';
import type { Db } from './open';
import { perDatabase } from './per-database';

describe('perDatabase', () => {
  it('builds once per database handle and hands the same value back', () => {
    let builds = 0;
    const statement = perDatabase((db) => ({ db, n: ++builds }));
    const one = {} as Db;
    const two = {} as Db;
    const first = statement(one);
    expect(statement(one)).toBe(first);
    expect(statement(two)).not.toBe(first);
    expect(statement(two).db).toBe(two);
    expect(builds).toBe(2);
  });
});
