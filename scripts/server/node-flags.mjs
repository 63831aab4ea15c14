// The Node flags the panel's server runs with, wherever it is started (scripts/start.mjs, bench/load.ts). Run by hand
// (`node scripts/server.mjs`), give them on the command line too.
//
// A page render makes many short-lived objects. With V8's default young generation (16 MB semi-spaces), a busy
// server collects it several times per page, and what is still in flight at each collection moves to the old
// generation, which then needs full collections. With 64 MB semi-spaces, `npm run bench:load` (one process, 40 s runs,
// with and without, interleaved twice) measured 26.7 and 29.8 ms of panel CPU per request instead of 30.3 and 32.9,
// and a p95 of 1,950 and 2,156 ms instead of 2,494 and 2,537. The cost is memory: up to about 100 MB more when busy.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];
