#!/usr/bin/env node
// `npm run test:pg`: the database-touching tests (files named *.db.test.ts) again on a real PostgreSQL.
// With DATABASE_URL set, that server is used (each test creates and drops its own database on it). Without it, a
// throwaway cluster is made from Debian's postgresql package (scripts/pg-cluster.mjs) and removed.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { startThrowawayPostgres } from './pg-cluster.mjs';

function runVitest(databaseUrl) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '.db.test', '--reporter=default'],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl, TEST_POSTGRES: '1' } },
  );
  return result.status ?? 1;
}

if (process.env.DATABASE_URL) process.exit(runVitest(process.env.DATABASE_URL));

let cluster;
try {
  cluster = await startThrowawayPostgres('test:pg');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
let status = 1;
try {
  status = runVitest(cluster.url);
} finally {
  cluster.stop();
}
process.exit(status);
