// When a response's first bytes went out, so that a page can render its costly below-the-fold parts after them.
// The panel's server (scripts/server.mjs) runs each request in `trackFirstFlush`; the app asks `firstFlush()` from
// anywhere in that request's rendering. The two load this module separately (Node and the app's bundle), so the state
// is one AsyncLocalStorage kept on globalThis under a registered symbol.
import { AsyncLocalStorage } from 'node:async_hooks';

const KEY = Symbol.for('panel.firstFlush');

/** @returns {AsyncLocalStorage<Promise<void>>} */
function storage() {
  const held = /** @type {Record<symbol, AsyncLocalStorage<Promise<void>> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (held[KEY] ??= new AsyncLocalStorage());
}

/**
 * Runs `handle` with a promise that settles when the response writes its first body bytes (after any compression:
 * the bytes leave for the socket), or when it ends or closes without writing.
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} handle
 */
export function trackFirstFlush(res, handle) {
  /** @type {() => void} */
  let done = () => {};
  const flushed = new Promise((resolve) => {
    done = () => resolve(undefined);
  });
  // Wrapped for good, never put back: Next's compression wraps it again and writes its output through this one.
  const write = res.write;
  res.write = /** @type {typeof res.write} */ (
    function firstWrite(/** @type {any[]} */ ...args) {
      done();
      return Reflect.apply(write, res, args);
    }
  );
  res.once('finish', done);
  res.once('close', done);
  storage().run(flushed, handle);
}

/**
 * Settles when this request's response has sent its first bytes, or after `capMs` at the latest (a render outside
 * the panel's server, such as `next dev` on its own or a test, waits one turn instead).
 * @param {number} [capMs]
 * @returns {Promise<void>}
 */
export function firstFlush(capMs = 1000) {
  const flushed = storage().getStore();
  if (!flushed) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs);
    void flushed.then(() => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * The value once it is there and this response's first bytes are out: a section reads at once but renders after
 * the page's first chunk, so that rendering what is ready never holds back the page around it.
 * @template T
 * @param {Promise<T>} value
 * @returns {Promise<T>}
 */
export async function afterFirstFlush(value) {
  const [ready] = await Promise.all([value, firstFlush()]);
  return ready;
}
