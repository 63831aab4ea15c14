/**
 * Streaming reads: the reply's header block is read and checked first (errors, 401/2200, not-a-DMAPI-reply all throw
 * exactly as for a buffered call), then the body is handed on as it arrives. Used where a large list is proxied to
 * the browser unchanged, so the panel does not hold and copy a 100,000-row body before sending it on.
 */
import 'server-only';
import type { DmapiResponse, DmapiStreamResponse } from './transport';

/** Index just past the empty line that ends the header block (`\n\n`, or `\n\r\n` in a CRLF reply), or -1. */
export function headerEnd(bytes: Uint8Array, from = 0): number {
  for (let i = Math.max(0, from); i < bytes.length - 1; i++) {
    if (bytes[i] !== 10) continue;
    if (bytes[i + 1] === 10) return i + 2;
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) return i + 3;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Reads `res` up to the end of its header block and lets `interpret` judge the reply (it throws the typed errors).
 * A reply without a complete header block, or one that is not a success, is read whole first so that `interpret`
 * sees all of it. `fail` turns a read failure (timeout, reset) into the transport's error.
 */
export async function streamReply(
  res: Response,
  interpret: (text: string) => DmapiResponse,
  fail: (e: unknown) => Error,
): Promise<DmapiStreamResponse> {
  const decoder = new TextDecoder();
  if (!res.body) return { ...interpret(''), stream: new ReadableStream({ start: (c) => c.close() }) };
  const reader = res.body.getReader();
  let head: Uint8Array = new Uint8Array(0);
  let end = -1;
  let done = false;
  let rest: Uint8Array | undefined;
  try {
    while (end === -1 && !done) {
      const next = await reader.read();
      done = next.done;
      if (next.value) {
        const searchFrom = Math.max(0, head.length - 2);
        head = concat(head, next.value);
        end = headerEnd(head, searchFrom);
      }
    }
    if (end === -1 || res.status !== 200) {
      // Nothing to stream: read the rest (if any) and judge the whole reply as a buffered call would.
      rest = head;
      while (!done) {
        const next = await reader.read();
        done = next.done;
        if (next.value) rest = concat(rest, next.value);
      }
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    throw fail(e);
  }
  if (rest) {
    const whole = interpret(decoder.decode(rest));
    const bytes = new TextEncoder().encode(whole.body);
    return { ...whole, body: '', stream: new ReadableStream({ start: (c) => { if (bytes.length) c.enqueue(bytes); c.close(); } }) };
  }

  let checked: DmapiResponse;
  try {
    checked = interpret(decoder.decode(head.subarray(0, end)));
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    throw e;
  }
  const first = head.subarray(end);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.length > 0) controller.enqueue(first);
      if (done) controller.close();
    },
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        controller.error(fail(e));
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { ...checked, body: '', stream };
}
